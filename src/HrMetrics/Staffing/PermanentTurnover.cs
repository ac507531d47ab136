namespace Hemit.HrMetrics.Staffing;

/// <summary>
/// Turnover (turnover/avgang) of permanent staff over a span of months: leavers over the average permanent
/// headcount of the months that have figures, in %. The annualised rate scales it to twelve months.
/// </summary>
public sealed record PermanentTurnover(
    string Label, int FirstMonth, int LastMonth, int MonthsWithFigures, int Starters, int Leavers, decimal AverageHeadcount)
{
    public const int Decimals = 6;

    public decimal? TurnoverPercent =>
        AverageHeadcount > 0 ? Math.Round(Leavers / AverageHeadcount * 100m, Decimals, MidpointRounding.AwayFromZero) : null;

    public decimal? AnnualisedPercent =>
        AverageHeadcount > 0 && MonthsWithFigures > 0
            ? Math.Round(Leavers * 12m / MonthsWithFigures / AverageHeadcount * 100m, Decimals, MidpointRounding.AwayFromZero)
            : null;

    /// <param name="entries">Any staffing entries; only the permanent category in the span counts.</param>
    public static PermanentTurnover Over(IEnumerable<StaffingEntry> entries, int year, int firstMonth, int lastMonth, string label)
    {
        var months = entries
            .Where(e => e.Year == year && e.Category == StaffingCategory.Permanent && e.Month >= firstMonth && e.Month <= lastMonth)
            .ToList();
        var average = months.Count == 0 ? 0m : Math.Round((decimal)months.Sum(e => e.Headcount) / months.Count, Decimals, MidpointRounding.AwayFromZero);
        return new PermanentTurnover(label, firstMonth, lastMonth, months.Count,
            months.Sum(e => e.Starters ?? 0), months.Sum(e => e.Leavers ?? 0), average);
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
}
