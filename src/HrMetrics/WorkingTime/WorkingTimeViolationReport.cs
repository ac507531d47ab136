using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.BuildingBlocks;
using Hemit.HrMetrics.Indicators;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>
/// Builds section 2.2 "Arbeidstidsavvik": counts per month this year beside the baseline year, the latest month and
/// the year to date by unit, rule and cause, and the owner's reduction indicator. Pure: no database.
/// </summary>
public static class WorkingTimeViolationReport
{
    /// <param name="entries">Entries of <paramref name="year"/> and <paramref name="baselineYear"/> (already filtered to a unit if asked).</param>
    public static GetWorkingTimeViolationsResponse Build(
        IReadOnlyCollection<WorkingTimeViolationEntry> entries, int year, string unit, int baselineYear, decimal requiredReductionPercent)
    {
        var thisYear = entries.Where(e => e.Year == year).ToList();
        var baseline = entries.Where(e => e.Year == baselineYear).ToList();
        var throughMonth = thisYear.Count == 0 ? 0 : thisYear.Max(e => e.Month);

        var response = new GetWorkingTimeViolationsResponse
        {
            Year = year,
            Unit = unit,
            ThroughMonth = throughMonth,
            Indicator = Indicator(thisYear, baseline, baselineYear, throughMonth, requiredReductionPercent),
        };

        var reportedMonths = thisYear.Select(e => e.Month).ToHashSet();
        var baselineMonths = baseline.Select(e => e.Month).ToHashSet();
        for (var month = 1; month <= 12; month++)
        {
            // A month nobody reported is missing, not zero; a reported month with no violations is a row with count 0.
            var figures = new ViolationMonth { Month = month, HasFigures = reportedMonths.Contains(month) };
            if (reportedMonths.Contains(month))
            {
                figures.ThisYear = thisYear.Where(e => e.Month == month).Sum(e => e.Count);
            }

            if (baselineMonths.Contains(month))
            {
                figures.Baseline = baseline.Where(e => e.Month == month).Sum(e => e.Count);
            }

            response.Months.Add(figures);
        }

        response.ByUnit.AddRange(Breakdown(thisYear, throughMonth, e => e.Unit));
        response.ByRule.AddRange(Breakdown(thisYear, throughMonth, e => e.Rule));
        response.ByCause.AddRange(Breakdown(thisYear, throughMonth, e => e.Cause));
        return response;
    }

    public static ReductionAssessment Evaluate(
        IEnumerable<WorkingTimeViolationEntry> thisYear, IEnumerable<WorkingTimeViolationEntry> baseline, int throughMonth, decimal requiredReductionPercent) =>
        ReductionAssessment.Evaluate(
            thisYear.Where(e => e.Month <= throughMonth).Sum(e => e.Count),
            baseline.Where(e => e.Month <= throughMonth).Sum(e => e.Count),
            requiredReductionPercent);

    private static ReductionIndicator Indicator(
        List<WorkingTimeViolationEntry> thisYear, List<WorkingTimeViolationEntry> baseline, int baselineYear, int throughMonth, decimal requiredReductionPercent)
    {
        var samePeriod = Evaluate(thisYear, baseline, throughMonth, requiredReductionPercent);
        var fullYear = baseline.Sum(e => e.Count);
        return new ReductionIndicator
        {
            BaselineYear = baselineYear,
            YearToDate = (int)samePeriod.Value,
            BaselineSamePeriod = (int)samePeriod.Baseline,
            BaselineFullYear = fullYear,
            RequiredReductionPercent = Decimal.FromDecimal(requiredReductionPercent),
            ChangePercent = samePeriod.ChangePercent.ToWireDecimal(),
            AllowedYearToDate = Decimal.FromDecimal(samePeriod.Allowed),
            AllowedFullYear = Decimal.FromDecimal(ReductionAssessment.AllowedValue(fullYear, requiredReductionPercent)),
            OnTrack = samePeriod.OnTrack,
        };
    }

    private static IEnumerable<ViolationCount> Breakdown(
        List<WorkingTimeViolationEntry> thisYear, int throughMonth, Func<WorkingTimeViolationEntry, string> key) =>
        thisYear.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new ViolationCount
            {
                Key = g.Key,
                Period = g.Where(e => e.Month == throughMonth).Sum(e => e.Count),
                YearToDate = g.Sum(e => e.Count),
            })
            .OrderByDescending(c => c.YearToDate).ThenBy(c => c.Key, NorwegianCollation.Comparer);
}
