using Hemit.HrMetrics.SickLeave;
using Hemit.HrMetrics.WorkingTime;

namespace Hemit.HrMetrics.Indicators;

/// <summary>What an indicator's figures count.</summary>
public enum IndicatorMeasure
{
    Count,
    Percent,
}

/// <summary>
/// One of the owner's indicators: value, baseline, change, requirement, target and status. Null figures are figures
/// that do not exist (no data for the year or the baseline), never zero.
/// </summary>
public sealed record IndicatorFigures(
    string Code,
    string Name,
    string Reference,
    IndicatorMeasure Measure,
    int Year,
    int ThroughMonth,
    int BaselineYear,
    decimal? Value,
    decimal? BaselineValue,
    decimal? ChangePercent,
    decimal? RequiredChangePercent,
    decimal? TargetValue,
    bool OnTrack,
    bool HasFigures);

/// <summary>
/// The owner's indicators (styringsindikatorer) and the sick-leave assignment, each with value, baseline, target and
/// status, judged on the year to date against the same months of the baseline year. Governance reads these as they are.
/// </summary>
public static class IndicatorReport
{
    public const string WorkingTimeViolations = "working_time_violations";
    public const string UnitsOverThreshold = "units_over_10_percent_sick_leave";
    public const string SickLeavePercent = "sick_leave_percent";
    public const string SickLeaveAgainstTarget = "sick_leave_against_target";

    public static IReadOnlyList<IndicatorFigures> Build(
        IReadOnlyCollection<SickLeaveEntry> sickLeave,
        IReadOnlyCollection<WorkingTimeViolationEntry> violations,
        int year,
        int baselineYear,
        HrTargetOptions targets) =>
        [ViolationIndicator(violations, year, baselineYear, targets), .. SickLeaveIndicators(sickLeave, year, baselineYear, targets)];

    private static IndicatorFigures ViolationIndicator(
        IReadOnlyCollection<WorkingTimeViolationEntry> violations, int year, int baselineYear, HrTargetOptions targets)
    {
        var thisYear = violations.Where(e => e.Year == year).ToList();
        var baseline = violations.Where(e => e.Year == baselineYear).ToList();
        var through = thisYear.Count == 0 ? 0 : thisYear.Max(e => e.Month);
        var assessment = WorkingTimeViolationReport.Evaluate(thisYear, baseline, through, targets.WorkingTimeViolationReductionPercent);
        return Reduction(WorkingTimeViolations, "Antall avvik fra arbeidstidsbestemmelsene", year, baselineYear, through,
            assessment, hasFigures: through > 0 && baseline.Count > 0);
    }

    private static IEnumerable<IndicatorFigures> SickLeaveIndicators(
        IReadOnlyCollection<SickLeaveEntry> sickLeave, int year, int baselineYear, HrTargetOptions targets)
    {
        var thisYear = sickLeave.Where(e => e.Year == year).ToList();
        var through = thisYear.Count == 0 ? 0 : thisYear.Max(e => e.Month);
        var baseline = sickLeave.Where(e => e.Year == baselineYear && e.Month <= through).ToList();
        var hasFigures = through > 0 && baseline.Count > 0;

        var unitsNow = SickLeaveReport.CountUnitsOver(thisYear, targets.UnitThresholdPercent);
        var unitsBaseline = SickLeaveReport.CountUnitsOver(baseline, targets.UnitThresholdPercent);
        yield return Reduction(UnitsOverThreshold, $"Antall enheter med sykefravær over {Percent(targets.UnitThresholdPercent)}", year, baselineYear, through,
            ReductionAssessment.Evaluate(unitsNow, unitsBaseline, targets.UnitsOverThresholdReductionPercent), hasFigures);

        // Judged as displayed (one decimal), so "i rute" never contradicts the figures shown beside it.
        var rateNow = SickLeaveTally.Of(thisYear).Percent is { } now ? SickLeaveTally.AsDisplayed(now) : (decimal?)null;
        var rateBaseline = SickLeaveTally.Of(baseline).Percent is { } then ? SickLeaveTally.AsDisplayed(then) : (decimal?)null;
        yield return new IndicatorFigures(SickLeavePercent,
            "Sykefravær netto, hittil i år, redusert fra nivået i sammenligningsåret", targets.SickLeaveAssignment, IndicatorMeasure.Percent,
            year, through, baselineYear, rateNow, rateBaseline, Change(rateNow, rateBaseline), null, rateBaseline,
            hasFigures && rateNow < rateBaseline, hasFigures);

        yield return new IndicatorFigures(SickLeaveAgainstTarget,
            $"Sykefravær netto, hittil i år, mot Hemits mål (under {Percent(targets.SickLeaveTargetPercent)})", string.Empty, IndicatorMeasure.Percent,
            year, through, baselineYear, rateNow, rateBaseline, Change(rateNow, rateBaseline), null, targets.SickLeaveTargetPercent,
            through > 0 && rateNow < targets.SickLeaveTargetPercent, through > 0);
    }

    /// <summary>The names are read by people: a decimal comma whatever the server's culture, e.g. "7,5 %".</summary>
    private static string Percent(decimal value) =>
        value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + " %";

    private static decimal? Change(decimal? now, decimal? then) =>
        now is { } a && then is { } b ? ReductionAssessment.PercentChange(a, b) : null;

    private static IndicatorFigures Reduction(
        string code, string name, int year, int baselineYear, int through, ReductionAssessment assessment, bool hasFigures) =>
        // No figures for the year: no value, rather than a 0 that reads as "no violations".
        new(code, name, string.Empty, IndicatorMeasure.Count, year, through, baselineYear,
            through > 0 ? assessment.Value : null,
            hasFigures ? assessment.Baseline : null,
            assessment.ChangePercent,
            -assessment.RequiredReductionPercent,
            hasFigures ? assessment.Allowed : null,
            hasFigures && assessment.OnTrack,
            hasFigures);
}
