using Hemit.BuildingBlocks;
using Hemit.HrMetrics.Indicators;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>One month's count this year and in the baseline year; null where the month has no figures (missing, not zero).</summary>
public sealed record ViolationMonth(int Month, int? ThisYear, int? Baseline);

/// <summary>The latest month's and the year to date's count of one unit, rule or cause.</summary>
public sealed record ViolationCount<TKey>(TKey Key, int Period, int YearToDate);

/// <summary>The owner's "down N % against the baseline year" indicator for working-time violations.</summary>
public sealed record ViolationReduction(
    int BaselineYear, int YearToDate, int BaselineSamePeriod, int BaselineFullYear, decimal RequiredReductionPercent,
    decimal? ChangePercent, decimal AllowedYearToDate, decimal AllowedFullYear, bool OnTrack);

/// <summary>Section 2.2 "Arbeidstidsavvik" as computed; no wire types.</summary>
public sealed record WorkingTimeViolationSummary(
    int Year,
    string Unit,
    int ThroughMonth,
    IReadOnlyList<ViolationMonth> Months,
    IReadOnlyList<ViolationCount<string>> ByUnit,
    IReadOnlyList<ViolationCount<WorkingTimeRule>> ByRule,
    IReadOnlyList<ViolationCount<ViolationCause>> ByCause,
    ViolationReduction Indicator);

/// <summary>
/// Builds section 2.2 "Arbeidstidsavvik": counts per month this year beside the baseline year, the latest month and
/// the year to date by unit, rule and cause, and the owner's reduction indicator. Pure: no database, no wire.
/// </summary>
public static class WorkingTimeViolationReport
{
    /// <param name="entries">Entries of <paramref name="year"/> and <paramref name="baselineYear"/> (already filtered to a unit if asked).</param>
    public static WorkingTimeViolationSummary Build(
        IReadOnlyCollection<WorkingTimeViolationEntry> entries, int year, string unit, int baselineYear, decimal requiredReductionPercent)
    {
        var thisYear = entries.Where(e => e.Year == year).ToList();
        var baseline = entries.Where(e => e.Year == baselineYear).ToList();
        var throughMonth = thisYear.Count == 0 ? 0 : thisYear.Max(e => e.Month);

        // A month nobody reported is missing, not zero; a reported month with no violations is a row with count 0.
        var reportedMonths = thisYear.Select(e => e.Month).ToHashSet();
        var baselineMonths = baseline.Select(e => e.Month).ToHashSet();
        var months = Enumerable.Range(1, 12).Select(month => new ViolationMonth(month,
            reportedMonths.Contains(month) ? thisYear.Where(e => e.Month == month).Sum(e => e.Count) : null,
            baselineMonths.Contains(month) ? baseline.Where(e => e.Month == month).Sum(e => e.Count) : null)).ToList();

        return new WorkingTimeViolationSummary(year, unit, throughMonth, months,
            Breakdown(thisYear, throughMonth, e => e.Unit, unit => unit),
            Breakdown(thisYear, throughMonth, e => e.Rule, rule => rule.ToText()),
            Breakdown(thisYear, throughMonth, e => e.Cause, cause => cause.ToText()),
            Indicator(thisYear, baseline, baselineYear, throughMonth, requiredReductionPercent));
    }

    public static ReductionAssessment Evaluate(
        IEnumerable<WorkingTimeViolationEntry> thisYear, IEnumerable<WorkingTimeViolationEntry> baseline, int throughMonth, decimal requiredReductionPercent) =>
        ReductionAssessment.Evaluate(
            thisYear.Where(e => e.Month <= throughMonth).Sum(e => e.Count),
            baseline.Where(e => e.Month <= throughMonth).Sum(e => e.Count),
            requiredReductionPercent);

    private static ViolationReduction Indicator(
        List<WorkingTimeViolationEntry> thisYear, List<WorkingTimeViolationEntry> baseline, int baselineYear, int throughMonth, decimal requiredReductionPercent)
    {
        var samePeriod = Evaluate(thisYear, baseline, throughMonth, requiredReductionPercent);
        var fullYear = baseline.Sum(e => e.Count);
        return new ViolationReduction(baselineYear, (int)samePeriod.Value, (int)samePeriod.Baseline, fullYear, requiredReductionPercent,
            samePeriod.ChangePercent, samePeriod.Allowed, ReductionAssessment.AllowedValue(fullYear, requiredReductionPercent), samePeriod.OnTrack);
    }

    /// <summary>Largest year-to-date count first; ties in Norwegian order of the key's text (a unit, or a rule's or cause's code).</summary>
    private static List<ViolationCount<TKey>> Breakdown<TKey>(
        List<WorkingTimeViolationEntry> thisYear, int throughMonth, Func<WorkingTimeViolationEntry, TKey> key, Func<TKey, string> text)
        where TKey : notnull =>
        thisYear.GroupBy(key)
            .Select(g => new ViolationCount<TKey>(g.Key, g.Where(e => e.Month == throughMonth).Sum(e => e.Count), g.Sum(e => e.Count)))
            .OrderByDescending(c => c.YearToDate).ThenBy(c => text(c.Key), NorwegianCollation.Comparer)
            .ToList();
}
