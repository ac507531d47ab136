using Hemit.BuildingBlocks;
using Hemit.HrMetrics.Indicators;

namespace Hemit.HrMetrics.SickLeave;

/// <summary>A sick-leave rate with the sums it came from, and whether it (as displayed) is under the target.</summary>
public sealed record SickLeaveFigure(SickLeaveTally Tally, bool MeetsTarget)
{
    public decimal Percent => Tally.Percent!.Value;
}

/// <summary>One month this year beside the previous year; null figures and counts are months without data.</summary>
public sealed record SickLeaveMonthFigures(
    int Month, SickLeaveFigure? ThisYear, SickLeaveFigure? PreviousYear, int? UnitsOverThreshold, int? UnitsOverThresholdPreviousYear, int UnitsReporting);

/// <summary>The units over the threshold (over the year to date) and their count against the baseline year's same months.</summary>
public sealed record UnitsOverThreshold(
    decimal ThresholdPercent, int BaselineYear, int ThisYear, int Baseline, decimal? ChangePercent, IReadOnlyList<(string Unit, SickLeaveFigure Figure)> Units);

/// <summary>Section 2.1 "Sykefravær – netto" as computed; no wire types.</summary>
public sealed record SickLeaveSummary(
    int Year,
    string Unit,
    decimal TargetPercent,
    int ThroughMonth,
    IReadOnlyList<SickLeaveMonthFigures> Months,
    SickLeaveFigure? YearToDate,
    SickLeaveFigure? PreviousYearSamePeriod,
    SickLeaveFigure? PreviousYearTotal,
    UnitsOverThreshold UnitsOverThreshold);

/// <summary>
/// Builds section 2.1 "Sykefravær – netto" from stored entries: each month and hittil i år, this year beside the
/// previous year, against the target, plus the count of units over the threshold. Pure: no database, no wire.
/// </summary>
public static class SickLeaveReport
{
    /// <param name="entries">Entries of <paramref name="year"/>, the previous year and the baseline year (already filtered to a unit if asked).</param>
    public static SickLeaveSummary Build(
        IReadOnlyCollection<SickLeaveEntry> entries, int year, string unit, int baselineYear, HrTargetOptions targets)
    {
        var previousYear = year - 1;
        var thisYear = entries.Where(e => e.Year == year).ToList();
        var lastYear = entries.Where(e => e.Year == previousYear).ToList();
        var throughMonth = thisYear.Count == 0 ? 0 : thisYear.Max(e => e.Month);

        var months = new List<SickLeaveMonthFigures>();
        for (var month = 1; month <= 12; month++)
        {
            var thisMonth = thisYear.Where(e => e.Month == month).ToList();
            var lastYearMonth = lastYear.Where(e => e.Month == month).ToList();
            // A month without figures has no count of units over the threshold (missing, not zero).
            months.Add(new SickLeaveMonthFigures(month,
                Figure(SickLeaveTally.Of(thisMonth), targets),
                Figure(SickLeaveTally.Of(lastYearMonth), targets),
                thisMonth.Count == 0 ? null : CountUnitsOver(thisMonth, targets.UnitThresholdPercent),
                lastYearMonth.Count == 0 ? null : CountUnitsOver(lastYearMonth, targets.UnitThresholdPercent),
                thisMonth.Select(e => e.Unit).Distinct().Count()));
        }

        return new SickLeaveSummary(year, unit, targets.SickLeaveTargetPercent, throughMonth, months,
            Figure(SickLeaveTally.Of(thisYear), targets),
            Figure(SickLeaveTally.Of(lastYear.Where(e => e.Month <= throughMonth)), targets),
            Figure(SickLeaveTally.Of(lastYear), targets),
            Threshold(entries, year, baselineYear, throughMonth, targets));
    }

    /// <summary>Units whose own rate over the given entries (sums over the months), as displayed, exceeds the threshold.</summary>
    public static List<(string Unit, SickLeaveTally Tally)> UnitsOver(IEnumerable<SickLeaveEntry> entries, decimal thresholdPercent) =>
        entries.GroupBy(e => e.Unit, StringComparer.Ordinal)
            .Select(g => (Unit: g.Key, Tally: SickLeaveTally.Of(g)))
            .Where(u => SickLeaveTally.AsDisplayed(u.Tally.Percent!.Value) > thresholdPercent)
            .OrderByDescending(u => u.Tally.Percent).ThenBy(u => u.Unit, NorwegianCollation.Comparer)
            .ToList();

    public static int CountUnitsOver(IEnumerable<SickLeaveEntry> entries, decimal thresholdPercent) =>
        UnitsOver(entries, thresholdPercent).Count;

    private static UnitsOverThreshold Threshold(
        IReadOnlyCollection<SickLeaveEntry> entries, int year, int baselineYear, int throughMonth, HrTargetOptions targets)
    {
        var current = UnitsOver(entries.Where(e => e.Year == year && e.Month <= throughMonth), targets.UnitThresholdPercent);
        var baseline = CountUnitsOver(entries.Where(e => e.Year == baselineYear && e.Month <= throughMonth), targets.UnitThresholdPercent);
        return new UnitsOverThreshold(targets.UnitThresholdPercent, baselineYear, current.Count, baseline,
            ReductionAssessment.PercentChange(current.Count, baseline),
            current.Select(u => (u.Unit, Figure(u.Tally, targets)!)).ToList());
    }

    public static SickLeaveFigure? Figure(SickLeaveTally tally, HrTargetOptions targets) =>
        tally.HasFigures ? new SickLeaveFigure(tally, SickLeaveTally.AsDisplayed(tally.Percent!.Value) < targets.SickLeaveTargetPercent) : null;
}
