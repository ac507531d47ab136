namespace Hemit.Projects.Dependencies;

/// <summary>
/// A milestone of a project, or an external one (no project; an owner such as Helseplattformen AS). The baseline is
/// the due date it was first pushed with and never moves: a due date after it is a moved milestone.
/// </summary>
public sealed class MilestoneEntry
{
    public required string MilestoneId { get; set; }

    public required string Name { get; set; }

    public string? ProjectId { get; set; }

    public string? Owner { get; set; }

    public DateOnly BaselineDate { get; set; }

    public DateOnly DueDate { get; set; }

    public DateOnly? CompletedDate { get; set; }

    /// <summary>Due later than first planned and not reached: what depends on it is at risk.</summary>
    public bool IsLate => DueDate > BaselineDate && CompletedDate is null;
}
