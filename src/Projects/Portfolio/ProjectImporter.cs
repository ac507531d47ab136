using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.Projects;
using Hemit.Projects.Data;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Projects.V1;

namespace Hemit.Projects.Portfolio;

/// <summary>
/// Ingest of the projects' monthly status. The batch is judged whole: each row, then its dependencies against the
/// batch and what is stored (every target a known project or milestone; no cycle in the month once the batch is
/// in). Then one transaction: the projects upserted, their budget per year and dependencies for the month replaced,
/// and <see cref="ProjectStatusChanged"/> for each project whose phase or a colour differs from its previous report.
/// </summary>
public sealed class ProjectImporter(ProjectsDbContext db, IOutbox outbox)
{
    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.Project> stream, CancellationToken cancellationToken)
    {
        var rows = await ProjectRowValidator.Batch.ReadAsync(stream, cancellationToken);
        var months = rows.Select(r => ProjectRowValidator.Batch.MonthOf(r.Row, "period", r.Project.Year, r.Project.Month)).ToList();
        var changedRows = 0;
        await ImportTransaction.RunAsync(db, months, async (import, ct) =>
        {
            var ids = rows.Select(r => r.Project.ProjectId).Distinct().ToList();
            var stored = await db.Projects.AsNoTracking().Where(p => ids.Contains(p.ProjectId)).ToListAsync(ct);
            var storedBudgets = await db.ProjectYearBudgets.AsNoTracking().Where(p => ids.Contains(p.ProjectId)).ToListAsync(ct);
            var storedDependencies = await db.ProjectDependencies.AsNoTracking().Where(p => ids.Contains(p.ProjectId)).ToListAsync(ct);
            await RefuseUnknownTargetsAndCyclesAsync(rows, ct);

            var changed = (await import.UpsertAsync(rows.Select(r => r.Project).ToList(), ct)).ToHashSet();
            foreach (var month in rows.GroupBy(r => (r.Project.Year, r.Project.Month)))
            {
                var (year, number) = month.Key;
                var monthIds = month.Select(r => r.Project.ProjectId).ToList();
                await db.ProjectYearBudgets.Where(b => b.Year == year && b.Month == number && monthIds.Contains(b.ProjectId)).ExecuteDeleteAsync(ct);
                await db.ProjectDependencies.Where(d => d.Year == year && d.Month == number && monthIds.Contains(d.ProjectId)).ExecuteDeleteAsync(ct);
            }

            foreach (var row in rows)
            {
                var project = row.Project;
                db.ProjectYearBudgets.AddRange(row.YearBudgets);
                db.ProjectDependencies.AddRange(row.DependsOn.Select(d => new ProjectDependencyEntry
                {
                    Year = project.Year, Month = project.Month, ProjectId = project.ProjectId, DependsOn = d,
                }));

                bool SameMonth(int year, int month) => year == project.Year && month == project.Month;
                var sameBudgets = storedBudgets.Where(b => b.ProjectId == project.ProjectId && SameMonth(b.Year, b.Month))
                    .Select(b => (b.BudgetYear, b.Budget)).Order().SequenceEqual(row.YearBudgets.Select(b => (b.BudgetYear, b.Budget)).Order());
                var sameDependencies = storedDependencies.Where(d => d.ProjectId == project.ProjectId && SameMonth(d.Year, d.Month))
                    .Select(d => d.DependsOn).Order(StringComparer.Ordinal).SequenceEqual(row.DependsOn.Order(StringComparer.Ordinal));
                if (changed.Contains(project) || !sameBudgets || !sameDependencies)
                {
                    changedRows++;
                }

                if (changed.Contains(project) && Previous(stored, rows.Select(r => r.Project), project) is { } previous && StatusDiffers(previous, project))
                {
                    outbox.Add(StatusChanged(previous, project));
                }
            }
        }, cancellationToken);
        return new ImportSummary { Accepted = changedRows, Unchanged = rows.Count - changedRows };
    }

    /// <summary>Every dependency names a project (in the batch or stored) or a milestone; no month's graph has a cycle.</summary>
    private async Task RefuseUnknownTargetsAndCyclesAsync(IReadOnlyList<ProjectRow> rows, CancellationToken ct)
    {
        var rejections = new RowRejections();
        var knownProjects = (await db.Projects.AsNoTracking().Select(p => p.ProjectId).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        knownProjects.UnionWith(rows.Select(r => r.Project.ProjectId));
        var milestones = await db.Milestones.AsNoTracking().ToListAsync(ct);
        var milestoneIds = milestones.Select(m => m.MilestoneId).ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (milestoneIds.Contains(row.Project.ProjectId))
            {
                rejections.Add(row.Row, "project_id", $"{row.Project.ProjectId} is a milestone's id; give the project an id of its own");
            }

            for (var i = 0; i < row.DependsOn.Count; i++)
            {
                if (!knownProjects.Contains(row.DependsOn[i]) && !milestoneIds.Contains(row.DependsOn[i]))
                {
                    rejections.Add(row.Row, $"depends_on[{i}]",
                        $"{row.DependsOn[i]} is not a known project or milestone; push the project (or the milestone with import milestones) first");
                }
            }
        }

        if (!rejections.Any)
        {
            foreach (var month in rows.GroupBy(r => (r.Project.Year, r.Project.Month)))
            {
                var (year, number) = month.Key;
                var pushed = month.ToDictionary(r => r.Project.ProjectId, StringComparer.Ordinal);
                var storedProjects = await db.Projects.AsNoTracking().Where(p => p.Year == year && p.Month == number).ToListAsync(ct);
                var storedDependencies = await db.ProjectDependencies.AsNoTracking().Where(d => d.Year == year && d.Month == number).ToListAsync(ct);
                var graph = PortfolioRules.Graph(
                    storedProjects.Where(p => !pushed.ContainsKey(p.ProjectId)).Concat(month.Select(r => r.Project)),
                    storedDependencies.Where(d => !pushed.ContainsKey(d.ProjectId)).Concat(month.SelectMany(r => r.DependsOn.Select(d =>
                        new ProjectDependencyEntry { Year = year, Month = number, ProjectId = r.Project.ProjectId, DependsOn = d }))),
                    milestones);
                if (graph.FindCycle() is { } cycle)
                {
                    var row = cycle.Select(id => pushed.GetValueOrDefault(id)).FirstOrDefault(r => r is not null) ?? month.First();
                    rejections.Add(row.Row, "depends_on", $"the dependencies form a cycle: {string.Join(" → ", cycle)}; a project cannot wait for itself");
                }
            }
        }

        if (rejections.Any)
        {
            throw InvalidArgument.ForRows(rejections.All.OrderBy(r => r.Row).ToList(), ProjectRowValidator.Batch.What, ProjectRowValidator.Batch.Rows);
        }
    }

    /// <summary>
    /// The project's report this status is measured against: the same month's stored one, else the latest earlier
    /// month's, stored or in the same batch.
    /// </summary>
    private static ProjectEntry? Previous(IEnumerable<ProjectEntry> stored, IEnumerable<ProjectEntry> pushed, ProjectEntry project)
    {
        var month = (project.Year, project.Month);
        var mine = stored.Where(p => p.ProjectId == project.ProjectId).ToList();
        return mine.FirstOrDefault(p => (p.Year, p.Month) == month)
            ?? mine.Concat(pushed.Where(p => p.ProjectId == project.ProjectId))
                .Where(p => (p.Year, p.Month).CompareTo(month) < 0)
                .OrderByDescending(p => (p.Year, p.Month)).FirstOrDefault();
    }

    private static bool StatusDiffers(ProjectEntry a, ProjectEntry b) =>
        a.Phase != b.Phase || a.Schedule != b.Schedule || a.Cost != b.Cost || a.Scope != b.Scope;

    private static ProjectStatusChanged StatusChanged(ProjectEntry previous, ProjectEntry project) => new(
        project.ProjectId, project.Name, project.Year, project.Month,
        ProjectCodes.Phase.Code(previous.Phase), ProjectCodes.Phase.Code(project.Phase),
        ProjectCodes.Colour.Code(previous.Schedule), ProjectCodes.Colour.Code(project.Schedule),
        ProjectCodes.Colour.Code(previous.Cost), ProjectCodes.Colour.Code(project.Cost),
        ProjectCodes.Colour.Code(previous.Scope), ProjectCodes.Colour.Code(project.Scope),
        project.StatusComment);
}
