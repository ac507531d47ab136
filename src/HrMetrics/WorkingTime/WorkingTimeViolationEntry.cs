using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>How many breaches of one working-time rule one unit had in one month, for one cause (arbeidstidsavvik).</summary>
public sealed class WorkingTimeViolationEntry : IMonthlyEntry
{
    public int Year { get; set; }

    public int Month { get; set; }

    public required string Unit { get; set; }

    /// <summary>One of <see cref="WorkingTimeRules.All"/>.</summary>
    public required string Rule { get; set; }

    /// <summary>e.g. on_call_callout, incident, deployment; <see cref="WorkingTimeRules.UnspecifiedCause"/> when the source gives none.</summary>
    public required string Cause { get; set; }

    public int Count { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
