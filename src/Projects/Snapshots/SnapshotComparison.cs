using System.Globalization;
using Hemit.BuildingBlocks;
using Hemit.Projects.Portfolio;

namespace Hemit.Projects.Snapshots;

/// <summary>One thing that changed about a project between two snapshots; values as codes, NOK with two decimals, ISO dates.</summary>
public sealed record ProjectChange(string ProjectId, string Name, string Field, string Before, string After);

/// <summary>
/// What changed between two frozen portfolio reports: projects added and removed, and for the others their phase,
/// status colours, forecast and planned end. Pure; by project name in Norwegian order, then in that field order.
/// </summary>
public static class SnapshotComparison
{
    private static readonly (string Field, Func<ProjectEntry, string> Value)[] Compared =
    [
        ("phase", p => ProjectCodes.Phase.Code(p.Phase)),
        ("schedule_status", p => ProjectCodes.Colour.Code(p.Schedule)),
        ("cost_status", p => ProjectCodes.Colour.Code(p.Cost)),
        ("scope_status", p => ProjectCodes.Colour.Code(p.Scope)),
        ("forecast", p => p.Forecast.ToString("0.00", CultureInfo.InvariantCulture)),
        ("planned_end", p => p.PlannedEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];

    public static IReadOnlyList<ProjectChange> Compare(PortfolioReport from, PortfolioReport to)
    {
        var before = from.Projects.ToDictionary(l => l.Project.ProjectId, l => l.Project, StringComparer.Ordinal);
        var after = to.Projects.ToDictionary(l => l.Project.ProjectId, l => l.Project, StringComparer.Ordinal);
        var changes = new List<ProjectChange>();
        foreach (var id in before.Keys.Union(after.Keys))
        {
            var (was, now) = (before.GetValueOrDefault(id), after.GetValueOrDefault(id));
            if (was is null)
            {
                changes.Add(new ProjectChange(id, now!.Name, "added", string.Empty, string.Empty));
            }
            else if (now is null)
            {
                changes.Add(new ProjectChange(id, was.Name, "removed", string.Empty, string.Empty));
            }
            else
            {
                changes.AddRange(Compared.Where(c => c.Value(was) != c.Value(now))
                    .Select(c => new ProjectChange(id, now.Name, c.Field, c.Value(was), c.Value(now))));
            }
        }

        var order = Compared.Select(c => c.Field).Prepend("removed").Prepend("added").ToList();
        return changes.OrderBy(c => c.Name, NorwegianCollation.Comparer).ThenBy(c => c.ProjectId, StringComparer.Ordinal)
            .ThenBy(c => order.IndexOf(c.Field)).ToList();
    }
}
