using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.BuildingBlocks;
using Hemit.HrMetrics.Indicators;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.SickLeave;

/// <summary>
/// Builds section 2.1 "Sykefravær – netto" from stored entries: each month and hittil i år, this year beside the
/// previous year, against the target, plus the count of units over the threshold. Pure: no database.
/// </summary>
public static class SickLeaveReport
{
    /// <param name="entries">Entries of <paramref name="year"/>, the previous year and the baseline year (already filtered to a unit if asked).</param>
    public static GetSickLeaveResponse Build(
        IReadOnlyCollection<SickLeaveEntry> entries, int year, string unit, int baselineYear, HrTargetOptions targets)
    {
        var previousYear = year - 1;
        var thisYear = entries.Where(e => e.Year == year).ToList();
        var lastYear = entries.Where(e => e.Year == previousYear).ToList();
        var throughMonth = thisYear.Count == 0 ? 0 : thisYear.Max(e => e.Month);

        var response = new GetSickLeaveResponse
        {
            Year = year,
            Unit = unit,
            TargetPercent = Decimal.FromDecimal(targets.SickLeaveTargetPercent),
            ThroughMonth = throughMonth,
            YearToDate = Figure(SickLeaveTally.Of(thisYear), targets),
            PreviousYearSamePeriod = Figure(SickLeaveTally.Of(lastYear.Where(e => e.Month <= throughMonth)), targets),
            PreviousYearTotal = Figure(SickLeaveTally.Of(lastYear), targets),
            UnitsOverThreshold = UnitsOverThreshold(entries, year, baselineYear, throughMonth, targets),
        };

        for (var month = 1; month <= 12; month++)
        {
            var thisMonth = thisYear.Where(e => e.Month == month).ToList();
            var lastYearMonth = lastYear.Where(e => e.Month == month).ToList();
            var figures = new SickLeaveMonth
            {
                Month = month,
                ThisYear = Figure(SickLeaveTally.Of(thisMonth), targets),
                PreviousYear = Figure(SickLeaveTally.Of(lastYearMonth), targets),
                UnitsReporting = thisMonth.Select(e => e.Unit).Distinct().Count(),
            };
            // A month without figures has no count of units over the threshold (missing, not zero).
            if (thisMonth.Count > 0)
            {
                figures.UnitsOverThreshold = CountUnitsOver(thisMonth, targets.UnitThresholdPercent);
            }

            if (lastYearMonth.Count > 0)
            {
                figures.UnitsOverThresholdPreviousYear = CountUnitsOver(lastYearMonth, targets.UnitThresholdPercent);
            }

            response.Months.Add(figures);
        }

        return response;
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

    private static UnitsOverThreshold UnitsOverThreshold(
        IReadOnlyCollection<SickLeaveEntry> entries, int year, int baselineYear, int throughMonth, HrTargetOptions targets)
    {
        var current = UnitsOver(entries.Where(e => e.Year == year && e.Month <= throughMonth), targets.UnitThresholdPercent);
        var baseline = CountUnitsOver(entries.Where(e => e.Year == baselineYear && e.Month <= throughMonth), targets.UnitThresholdPercent);
        var result = new UnitsOverThreshold
        {
            ThresholdPercent = Decimal.FromDecimal(targets.UnitThresholdPercent),
            BaselineYear = baselineYear,
            ThisYear = current.Count,
            Baseline = baseline,
            ChangePercent = ReductionAssessment.PercentChange(current.Count, baseline).ToWireDecimal(),
        };
        result.Units.AddRange(current.Select(u => new UnitRate { Unit = u.Unit, Figure = Figure(u.Tally, targets) }));
        return result;
    }

    public static SickLeaveFigure? Figure(SickLeaveTally tally, HrTargetOptions targets)
    {
        if (!tally.HasFigures)
        {
            return null;
        }

        return new SickLeaveFigure
        {
            AgreedWorkDays = Decimal.FromDecimal(tally.AgreedWorkDays),
            SickLeaveDays = Decimal.FromDecimal(tally.SickLeaveDays),
            SelfCertifiedDays = Decimal.FromDecimal(tally.SelfCertifiedDays),
            Percent = Decimal.FromDecimal(tally.Percent!.Value),
            SelfCertifiedPercent = Decimal.FromDecimal(tally.SelfCertifiedPercent!.Value),
            MeetsTarget = SickLeaveTally.AsDisplayed(tally.Percent!.Value) < targets.SickLeaveTargetPercent,
        };
    }
}
