namespace Hemit.Governance.Assignments;

/// <summary>Whether Hemit leads the work or contributes to work the owner (or another trust) leads.</summary>
public enum HemitRole
{
    Leads = 1,
    Contributes = 2,
}

public enum AssignmentStatus
{
    NotStarted = 1,
    InProgress = 2,
    Completed = 3,
}

/// <summary>Risk of not reaching the assignment's goal (risiko for manglende måloppnåelse).</summary>
public enum GoalRisk
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>An assignment (oppdrag) from the owner's commissioning document, e.g. HMN25-021 Sykefravær.</summary>
public sealed class OwnerAssignment
{
    public string Code { get; set; } = string.Empty;

    /// <summary>The document's year, from the code (HMN25 → 2025).</summary>
    public int Year { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string GoalArea { get; set; } = string.Empty;

    public DateOnly? Deadline { get; set; }

    public HemitRole Role { get; set; }

    public bool ReportedPerTertial { get; set; }

    public bool ReportedInAnnualReport { get; set; }

    public List<AssignmentTertialReport> Reports { get; set; } = [];

    /// <summary>When AssignmentOverdue was announced; it is announced once.</summary>
    public DateTimeOffset? OverdueAnnouncedAt { get; set; }

    public uint Version { get; set; }

    public AssignmentTertialReport? Latest => Reports.OrderByDescending(r => r.Year).ThenByDescending(r => r.Tertial).FirstOrDefault();

    public AssignmentStatus Status => Latest?.Status ?? AssignmentStatus.NotStarted;

    public bool IsOverdue(DateOnly today) => Deadline is { } deadline && deadline < today && Status != AssignmentStatus.Completed;
}

/// <summary>One tertial's status, risk and comment for an assignment.</summary>
public sealed class AssignmentTertialReport
{
    public string Code { get; set; } = string.Empty;

    public int Year { get; set; }

    public int Tertial { get; set; }

    public AssignmentStatus Status { get; set; }

    public GoalRisk Risk { get; set; }

    public string Comment { get; set; } = string.Empty;
}
