namespace Hemit.HrMetrics.Staffing;

/// <summary>One month with figures: its totals from parts and the categories pushed for it.</summary>
public sealed record StaffingMonthFigures(int Month, StaffingTotals Totals, IReadOnlyList<StaffingEntry> Categories);

/// <summary>Section 2.3 "Bemanningsutvikling" as computed: only months with figures, in order; no wire types.</summary>
public sealed record StaffingSummary(int Year, IReadOnlyList<StaffingMonthFigures> Months);

/// <summary>Builds section 2.3 "Bemanningsutvikling": per month, månedsverk and antall, totals from parts. Pure.</summary>
public static class StaffingReport
{
    public static StaffingSummary Build(IReadOnlyCollection<StaffingEntry> entries, int year) =>
        new(year, entries.Where(e => e.Year == year).GroupBy(e => e.Month).OrderBy(g => g.Key)
            .Select(month => new StaffingMonthFigures(month.Key, StaffingTotals.Of(month),
                StaffingCategories.All.Select(category => month.FirstOrDefault(e => e.Category == category)).OfType<StaffingEntry>().ToList()))
            .ToList());
}
