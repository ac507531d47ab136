using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Events.Governance;
using Hemit.Governance.Calendar;
using Hemit.Governance.Data;
using Hemit.Governance.Refusals;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Assignments;

/// <summary>The owner's assignments: saved from the commissioning document, reported on per tertial, watched for deadlines.</summary>
public sealed class OwnerAssignments(GovernanceDbContext db, IOutbox outbox, TimeProvider time)
{
    /// <summary>Title and goal area as the owner's document words them; the columns hold this much.</summary>
    public const int MaxTitleLength = 300;

    /// <summary>Creates or replaces every assignment given; one bad assignment refuses them all.</summary>
    public async Task<(int Created, int Updated)> SaveAsync(IReadOnlyList<OwnerAssignment> assignments, Problems problems, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < assignments.Count; i++)
        {
            var assignment = assignments[i];
            var field = $"assignments[{i}].";
            if (problems.Require(AssignmentCode.Year(assignment.Code) is not null, field + "code",
                    $"«{assignment.Code}» does not follow the owner's pattern {AssignmentCode.Pattern}"))
            {
                problems.Require(seen.Add(assignment.Code), field + "code", $"{assignment.Code} appears earlier in the request");
            }

            if (problems.Require(assignment.Title.Length > 0, field + "title", "an assignment needs a title"))
            {
                RequireText(problems, field + "title", assignment.Title, MaxTitleLength);
            }

            RequireText(problems, field + "text", assignment.Text, TextRules.MaxFreeTextLength);
            RequireText(problems, field + "goal_area", assignment.GoalArea, MaxTitleLength);
        }

        problems.ThrowIfAny();
        var codes = assignments.Select(a => a.Code).ToList();
        var stored = await db.OwnerAssignments.Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, cancellationToken);
        foreach (var assignment in assignments)
        {
            assignment.Year = AssignmentCode.Year(assignment.Code)!.Value;
            if (stored.TryGetValue(assignment.Code, out var existing))
            {
                existing.Title = assignment.Title;
                existing.Text = assignment.Text;
                existing.GoalArea = assignment.GoalArea;
                existing.Deadline = assignment.Deadline;
                existing.Role = assignment.Role;
                existing.ReportedPerTertial = assignment.ReportedPerTertial;
                existing.ReportedInAnnualReport = assignment.ReportedInAnnualReport;
            }
            else
            {
                db.OwnerAssignments.Add(assignment);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await AnnounceOverdueAsync(cancellationToken);
        return (assignments.Count - stored.Count, stored.Count);
    }

    /// <summary>The owner's words, by the platform's free-text rule: no control characters, no personal data, within the column.</summary>
    private static void RequireText(Problems problems, string field, string text, int maxLength)
    {
        if (TextRules.FreeTextProblem(text, maxLength) is { } problem)
        {
            problems.Add(field, problem);
        }
    }

    public async Task<OwnerAssignment> ReportStatusAsync(string code, Tertial tertial, AssignmentStatus status, GoalRisk risk, string comment, CancellationToken cancellationToken)
    {
        var assignment = await db.OwnerAssignments.Include(a => a.Reports).FirstOrDefaultAsync(a => a.Code == code, cancellationToken)
            ?? throw new NotFoundException($"assignments/{code}");
        var report = assignment.Reports.FirstOrDefault(r => r.Year == tertial.Year && r.Tertial == tertial.Number);
        if (report is null)
        {
            report = new AssignmentTertialReport { Code = code, Year = tertial.Year, Tertial = tertial.Number };
            assignment.Reports.Add(report);
        }

        report.Status = status;
        report.Risk = risk;
        report.Comment = comment.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return assignment;
    }

    public Task<List<OwnerAssignment>> ListAsync(int year, CancellationToken cancellationToken) =>
        db.OwnerAssignments.AsNoTracking().Include(a => a.Reports)
            .Where(a => year == 0 || a.Year == year).OrderBy(a => a.Code).ToListAsync(cancellationToken);

    /// <summary>
    /// Announces AssignmentOverdue for every assignment past its deadline and not completed that has not been announced,
    /// in the same transaction that marks it announced: each is announced once.
    /// </summary>
    public async Task<int> AnnounceOverdueAsync(CancellationToken cancellationToken)
    {
        var today = BoardCalendar.Today(time);
        var candidates = await db.OwnerAssignments.Include(a => a.Reports)
            .Where(a => a.OverdueAnnouncedAt == null && a.Deadline != null && a.Deadline < today)
            .ToListAsync(cancellationToken);
        var overdue = candidates.Where(a => a.IsOverdue(today)).ToList();
        foreach (var assignment in overdue)
        {
            assignment.OverdueAnnouncedAt = time.GetUtcNow();
            outbox.Add(new AssignmentOverdue(assignment.Code, assignment.Title, assignment.Deadline!.Value,
                assignment.Status == AssignmentStatus.InProgress ? "in_progress" : "not_started",
                assignment.Role == HemitRole.Leads ? "leads" : "contributes"));
        }

        if (overdue.Count == 0)
        {
            return 0;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return overdue.Count;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request announced them at the same moment (the version moved): theirs stands, so none twice.
            db.ChangeTracker.Clear();
            return 0;
        }
    }
}
