using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>How many breaches of one working-time rule one unit had in one month, for one cause (arbeidstidsavvik).</summary>
public sealed class WorkingTimeViolationEntry : IMonthlyEntry
{
    public int Year { get; set; }

    public int Month { get; set; }

    public required string Unit { get; set; }

    public WorkingTimeRule Rule { get; set; }

    /// <summary><see cref="ViolationCause.Unspecified"/> when the source gives none.</summary>
    public ViolationCause Cause { get; set; }

    public int Count { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
