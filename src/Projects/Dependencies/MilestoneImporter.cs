using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.Projects;
using Hemit.Projects.Data;
using Hemit.Projects.Importing;
using Hemit.Projects.Portfolio;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Projects.V1;

namespace Hemit.Projects.Dependencies;

/// <summary>
/// Ingest of milestones. A milestone keeps the due date it was first pushed with as its baseline. A due date that
/// changes is announced once (<see cref="MilestoneMoved"/>, in the import's transaction): when it moved later, with
/// every project of the latest reported month that depends on it, directly or through others, and the chain.
/// </summary>
public sealed class MilestoneImporter(ProjectsDbContext db, IOutbox outbox)
{
    public static readonly BatchRules<Wire.Milestone, MilestoneEntry, string> Batch =
        new("Milestone import", "milestones", Validate, m => m.MilestoneId, m => ("milestone_id", $"milestone {m.MilestoneId}"));

    public static MilestoneEntry? Validate(Wire.Milestone message, long row, RowRejections rejections)
    {
        var ok = IdRule.Check(rejections, row, "milestone_id", message.MilestoneId, "milestone", "HP-PD1");
        ok &= rejections.CheckName(row, "name", message.Name, "milestone", "Helseplattformen PD1");
        var external = string.IsNullOrEmpty(message.ProjectId);
        if (!external)
        {
            ok &= IdRule.Check(rejections, row, "project_id", message.ProjectId, "project", "P-SNR-IKT");
            if (message.Owner.Length > 0)
            {
                ok = rejections.Check(row, "owner", "a project's milestone has its project; give an owner only for an external milestone (no project_id)");
            }
        }
        else
        {
            ok &= rejections.CheckName(row, "owner", message.Owner, "external milestone's owner", "Helseplattformen AS");
        }

        var due = DateRules.Read(message.DueDate, row, "due_date", required: true, rejections, ref ok);
        var completed = DateRules.Read(message.CompletedDate, row, "completed_date", required: false, rejections, ref ok);
        return ok
            ? new MilestoneEntry
            {
                MilestoneId = message.MilestoneId,
                Name = message.Name,
                ProjectId = external ? null : message.ProjectId,
                Owner = external ? message.Owner : null,
                BaselineDate = due!.Value,
                DueDate = due.Value,
                CompletedDate = completed,
            }
            : null;
    }

    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.Milestone> stream, CancellationToken cancellationToken)
    {
        var milestones = await Batch.ReadAsync(stream, cancellationToken);
        return await ImportTransaction.RunAsync(db, [], async (import, ct) =>
        {
            var ids = milestones.Select(m => m.MilestoneId).ToList();
            var stored = await db.Milestones.AsNoTracking().ToListAsync(ct);
            var storedById = stored.ToDictionary(m => m.MilestoneId, StringComparer.Ordinal);
            foreach (var milestone in milestones)
            {
                if (storedById.TryGetValue(milestone.MilestoneId, out var earlier))
                {
                    milestone.BaselineDate = earlier.BaselineDate;
                }
            }

            var (projects, dependencies) = await LatestPortfolioAsync(ct);
            var all = stored.Where(m => !ids.Contains(m.MilestoneId)).Concat(milestones).ToList();
            await RefuseAsync(milestones, all, projects, dependencies, ct);

            var changed = await import.UpsertAsync(milestones, ct);
            var graph = PortfolioRules.Graph(projects, dependencies, all);
            foreach (var milestone in changed.OrderBy(m => m.MilestoneId, StringComparer.Ordinal))
            {
                if (!storedById.TryGetValue(milestone.MilestoneId, out var earlier) || earlier.DueDate == milestone.DueDate)
                {
                    continue;
                }

                var atRisk = milestone.DueDate > earlier.DueDate && milestone.CompletedDate is null
                    ? graph.DependentsOf(milestone.MilestoneId)
                        .Select(r => new ProjectAtRisk(r.ProjectId, graph.Node(r.ProjectId).Name, r.Chain.Select(c => c.Id).ToList()))
                        .ToList()
                    : [];
                outbox.Add(new MilestoneMoved(milestone.MilestoneId, milestone.Name, milestone.ProjectId, earlier.DueDate, milestone.DueDate, atRisk));
            }
        }, cancellationToken);
    }

    /// <summary>The projects and dependencies of the latest month any project status was pushed for: the portfolio as it stands.</summary>
    private async Task<(List<ProjectEntry> Projects, List<ProjectDependencyEntry> Dependencies)> LatestPortfolioAsync(CancellationToken ct)
    {
        var latest = await db.Projects.AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Month)
            .Select(p => new { p.Year, p.Month }).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return ([], []);
        }

        return (await db.Projects.AsNoTracking().Where(p => p.Year == latest.Year && p.Month == latest.Month).ToListAsync(ct),
            await db.ProjectDependencies.AsNoTracking().Where(d => d.Year == latest.Year && d.Month == latest.Month).ToListAsync(ct));
    }

    /// <summary>A project milestone's project must be known, an id must not be a project's, and no cycle may arise.</summary>
    private async Task RefuseAsync(
        IReadOnlyList<MilestoneEntry> milestones, List<MilestoneEntry> all, List<ProjectEntry> projects, List<ProjectDependencyEntry> dependencies, CancellationToken ct)
    {
        var rejections = new RowRejections();
        var knownProjects = (await db.Projects.AsNoTracking().Select(p => p.ProjectId).Distinct().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < milestones.Count; i++)
        {
            var milestone = milestones[i];
            var row = i + 1;
            if (knownProjects.Contains(milestone.MilestoneId))
            {
                rejections.Add(row, "milestone_id", $"{milestone.MilestoneId} is a project's id; give the milestone an id of its own");
            }

            if (milestone.ProjectId is { } project && !knownProjects.Contains(project))
            {
                rejections.Add(row, "project_id", $"{project} is not a known project; push the project first (import projects)");
            }
        }

        if (!rejections.Any && PortfolioRules.Graph(projects, dependencies, all).FindCycle() is { } cycle)
        {
            var index = milestones.ToList().FindIndex(m => cycle.Any(step => step.StartsWith(m.MilestoneId + " ", StringComparison.Ordinal)));
            rejections.Add(Math.Max(index, 0) + 1, "project_id", $"the milestone makes the dependencies a cycle: {string.Join(" → ", cycle)}");
        }

        if (rejections.Any)
        {
            throw InvalidArgument.ForRows(rejections.All, Batch.What, Batch.Rows);
        }
    }
}
