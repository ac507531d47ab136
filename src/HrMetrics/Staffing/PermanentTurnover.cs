namespace Hemit.HrMetrics.Staffing;

/// <summary>
/// Turnover (turnover/avgang) of permanent staff over a span of months: leavers over the average permanent
/// headcount of the months that have figures, in %. The annualised rate scales it to twelve months. Starters and
/// leavers are null when no month of the span reported them: missing, not zero, and then there is no rate either.
/// </summary>
public sealed record PermanentTurnover(
    string Label, int FirstMonth, int LastMonth, int MonthsWithFigures, int? Starters, int? Leavers, decimal AverageHeadcount)
{
    public const int Decimals = 6;

    public decimal? TurnoverPercent =>
        AverageHeadcount > 0 && Leavers is { } leavers ? Math.Round(leavers / AverageHeadcount * 100m, Decimals, MidpointRounding.AwayFromZero) : null;

    public decimal? AnnualisedPercent =>
        AverageHeadcount > 0 && MonthsWithFigures > 0 && Leavers is { } leavers
            ? Math.Round(leavers * 12m / MonthsWithFigures / AverageHeadcount * 100m, Decimals, MidpointRounding.AwayFromZero)
            : null;

    /// <param name="entries">Any staffing entries; only the permanent category in the span counts.</param>
    public static PermanentTurnover Over(IEnumerable<StaffingEntry> entries, int year, int firstMonth, int lastMonth, string label)
    {
        var months = entries
            .Where(e => e.Year == year && e.Category == StaffingCategory.Permanent && e.Month >= firstMonth && e.Month <= lastMonth)
            .ToList();
        var average = months.Count == 0 ? 0m : Math.Round((decimal)months.Sum(e => e.Headcount) / months.Count, Decimals, MidpointRounding.AwayFromZero);
        return new PermanentTurnover(label, firstMonth, lastMonth, months.Count,
            SumOfReported(months.Select(e => e.Starters)), SumOfReported(months.Select(e => e.Leavers)), average);
    }

    /// <summary>Each tertial that has begun by <paramref name="throughMonth"/>, cut at that month.</summary>
    public static List<PermanentTurnover> PerTertial(IEnumerable<StaffingEntry> entries, int year, int throughMonth)
    {
        var list = entries as IReadOnlyCollection<StaffingEntry> ?? entries.ToList();
        return Tertial.Of(year)
            .Where(t => t.FirstMonth <= throughMonth)
            .Select(t => Over(list, year, t.FirstMonth, Math.Min(t.LastMonth, throughMonth), t.Label))
            .ToList();
    }

    /// <summary>The sum of the months that reported a count; null when none did.</summary>
    private static int? SumOfReported(IEnumerable<int?> counts)
    {
        var reported = counts.Where(c => c.HasValue).ToList();
        return reported.Count == 0 ? null : reported.Sum();
    }
}
