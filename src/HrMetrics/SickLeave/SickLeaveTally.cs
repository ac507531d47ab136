namespace Hemit.HrMetrics.SickLeave;

/// <summary>
/// Sums of sick days and agreed days over whatever a figure covers (months, units). The percentage is always the
/// ratio of these sums, so a month with few agreed days (July) moves the year less than a full month does.
/// </summary>
public readonly record struct SickLeaveTally(decimal AgreedWorkDays, decimal SickLeaveDays, decimal SelfCertifiedDays)
{
    /// <summary>Percentages carry this many decimals on the wire; displays round further.</summary>
    public const int PercentDecimals = 6;

    /// <summary>Reports show sick leave with one decimal; targets and thresholds are judged on that figure.</summary>
    public const int DisplayDecimals = 1;

    public static SickLeaveTally Empty => default;

    /// <summary>A percentage as the board reads it (5,03 → 5,0), so a status never contradicts the figure beside it.</summary>
    public static decimal AsDisplayed(decimal percent) => Math.Round(percent, DisplayDecimals, MidpointRounding.AwayFromZero);

    public bool HasFigures => AgreedWorkDays > 0;

    /// <summary>Sick days over agreed days in %; null when nothing was agreed.</summary>
    public decimal? Percent => Ratio(SickLeaveDays);

    public decimal? SelfCertifiedPercent => Ratio(SelfCertifiedDays);

    public static SickLeaveTally Of(SickLeaveEntry entry) =>
        new(entry.AgreedWorkDays, entry.SickLeaveDays, entry.SelfCertifiedDays ?? 0m);

    public static SickLeaveTally Of(IEnumerable<SickLeaveEntry> entries) =>
        entries.Aggregate(Empty, (tally, entry) => tally + Of(entry));

    public static SickLeaveTally operator +(SickLeaveTally a, SickLeaveTally b) =>
        new(a.AgreedWorkDays + b.AgreedWorkDays, a.SickLeaveDays + b.SickLeaveDays, a.SelfCertifiedDays + b.SelfCertifiedDays);

    private decimal? Ratio(decimal days) =>
        AgreedWorkDays > 0 ? Math.Round(days / AgreedWorkDays * 100m, PercentDecimals, MidpointRounding.AwayFromZero) : null;
}
