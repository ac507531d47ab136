using Hemit.Governance.Calendar;

namespace Hemit.Governance.Assignments;

/// <summary>Why an assignment is in a tertial report (the owner's appendix 1: "Status og risiko for utvalgte oppdrag").</summary>
public enum InclusionReason
{
    /// <summary>The owner selected it for tertial reporting.</summary>
    Selected = 1,

    /// <summary>Not completed and its latest risk is high: likely not to reach its goal.</summary>
    HighRisk = 2,

    /// <summary>Not completed and its deadline fell on or before the tertial's last day.</summary>
    DeadlinePassed = 3,
}

/// <summary>An assignment as a tertial report shows it: its standing as reported up to that tertial, and why it is shown.</summary>
public sealed record TertialAssignment(OwnerAssignment Assignment, AssignmentTertialReport? Standing, IReadOnlyList<InclusionReason> Reasons)
{
    public AssignmentStatus Status => Standing?.Status ?? AssignmentStatus.NotStarted;

    public bool Selected => Reasons.Contains(InclusionReason.Selected);
}

/// <summary>
/// Which of the year's assignments a tertial report shows: every one selected for tertial reporting, and any other
/// likely to miss ("øvrige oppdrag hvor det er høy sannsynlighet for at mål ikke nås"): not completed and either
/// reported at high risk or past its deadline by the tertial's end. The standing is the latest tertial report up to
/// and including the tertial, so a later report does not rewrite an earlier tertial's paper.
/// </summary>
public static class TertialSelection
{
    public static IReadOnlyList<TertialAssignment> For(Tertial tertial, IEnumerable<OwnerAssignment> assignments) =>
        assignments
            .Where(a => a.Year == tertial.Year)
            .Select(a => Judge(tertial, a))
            .Where(t => t.Reasons.Count > 0)
            .OrderBy(t => t.Selected ? 0 : 1).ThenBy(t => t.Assignment.Code, StringComparer.Ordinal)
            .ToList();

    private static TertialAssignment Judge(Tertial tertial, OwnerAssignment assignment)
    {
        var standing = assignment.Reports
            .Where(r => (r.Year, r.Tertial).CompareTo((tertial.Year, tertial.Number)) <= 0)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Tertial)
            .FirstOrDefault();
        var open = (standing?.Status ?? AssignmentStatus.NotStarted) != AssignmentStatus.Completed;
        var reasons = new List<InclusionReason>();
        if (assignment.ReportedPerTertial)
        {
            reasons.Add(InclusionReason.Selected);
        }

        if (open && standing?.Risk == GoalRisk.High)
        {
            reasons.Add(InclusionReason.HighRisk);
        }

        if (open && assignment.Deadline is { } deadline && deadline <= tertial.End)
        {
            reasons.Add(InclusionReason.DeadlinePassed);
        }

        return new TertialAssignment(assignment, standing, reasons);
    }
}
