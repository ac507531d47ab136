using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.SickLeave;
using Hemit.HrMetrics.WorkingTime;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Indicators;

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

    public static GetIndicatorsResponse Build(
        IReadOnlyCollection<SickLeaveEntry> sickLeave,
        IReadOnlyCollection<WorkingTimeViolationEntry> violations,
        int year,
        int baselineYear,
        HrTargetOptions targets)
    {
        var response = new GetIndicatorsResponse();
        response.Indicators.Add(ViolationIndicator(violations, year, baselineYear, targets));
        response.Indicators.AddRange(SickLeaveIndicators(sickLeave, year, baselineYear, targets));
        return response;
    }

    private static Indicator ViolationIndicator(
        IReadOnlyCollection<WorkingTimeViolationEntry> violations, int year, int baselineYear, HrTargetOptions targets)
    {
        var thisYear = violations.Where(e => e.Year == year).ToList();
        var baseline = violations.Where(e => e.Year == baselineYear).ToList();
        var through = thisYear.Count == 0 ? 0 : thisYear.Max(e => e.Month);
        var assessment = WorkingTimeViolationReport.Evaluate(thisYear, baseline, through, targets.WorkingTimeViolationReductionPercent);
        return Reduction(WorkingTimeViolations, "Antall avvik fra arbeidstidsbestemmelsene", year, baselineYear, through,
            assessment, hasFigures: through > 0 && baseline.Count > 0);
    }

    private static IEnumerable<Indicator> SickLeaveIndicators(
        IReadOnlyCollection<SickLeaveEntry> sickLeave, int year, int baselineYear, HrTargetOptions targets)
    {
        var thisYear = sickLeave.Where(e => e.Year == year).ToList();
        var through = thisYear.Count == 0 ? 0 : thisYear.Max(e => e.Month);
        var baseline = sickLeave.Where(e => e.Year == baselineYear && e.Month <= through).ToList();
        var hasFigures = through > 0 && baseline.Count > 0;

        var unitsNow = SickLeaveReport.CountUnitsOver(thisYear, targets.UnitThresholdPercent);
        var unitsBaseline = SickLeaveReport.CountUnitsOver(baseline, targets.UnitThresholdPercent);
        yield return Reduction(UnitsOverThreshold, $"Antall enheter med sykefravær over {targets.UnitThresholdPercent:0.#} %", year, baselineYear, through,
            ReductionAssessment.Evaluate(unitsNow, unitsBaseline, targets.UnitsOverThresholdReductionPercent), hasFigures);

        // Judged as displayed (one decimal), so "i rute" never contradicts the figures shown beside it.
        var rateNow = SickLeaveTally.Of(thisYear).Percent is { } now ? SickLeaveTally.AsDisplayed(now) : (decimal?)null;
        var rateBaseline = SickLeaveTally.Of(baseline).Percent is { } then ? SickLeaveTally.AsDisplayed(then) : (decimal?)null;
        yield return new Indicator
        {
            Code = SickLeavePercent,
            Name = "Sykefravær netto, hittil i år, redusert fra nivået i sammenligningsåret",
            Reference = targets.SickLeaveAssignment,
            Measure = "percent",
            Year = year,
            ThroughMonth = through,
            BaselineYear = baselineYear,
            Value = rateNow.ToWireDecimal(),
            BaselineValue = rateBaseline.ToWireDecimal(),
            ChangePercent = Change(rateNow, rateBaseline),
            TargetValue = rateBaseline.ToWireDecimal(),
            OnTrack = hasFigures && rateNow < rateBaseline,
            HasFigures = hasFigures,
        };

        yield return new Indicator
        {
            Code = SickLeaveAgainstTarget,
            Name = $"Sykefravær netto, hittil i år, mot Hemits mål (under {targets.SickLeaveTargetPercent:0.#} %)",
            Measure = "percent",
            Year = year,
            ThroughMonth = through,
            BaselineYear = baselineYear,
            Value = rateNow.ToWireDecimal(),
            BaselineValue = rateBaseline.ToWireDecimal(),
            ChangePercent = Change(rateNow, rateBaseline),
            TargetValue = Decimal.FromDecimal(targets.SickLeaveTargetPercent),
            OnTrack = through > 0 && rateNow < targets.SickLeaveTargetPercent,
            HasFigures = through > 0,
        };
    }

    private static Decimal? Change(decimal? now, decimal? then) =>
        now is { } a && then is { } b ? ReductionAssessment.PercentChange(a, b).ToWireDecimal() : null;

    private static Indicator Reduction(
        string code, string name, int year, int baselineYear, int through, ReductionAssessment assessment, bool hasFigures) => new()
    {
        Code = code,
        Name = name,
        Measure = "count",
        Year = year,
        ThroughMonth = through,
        BaselineYear = baselineYear,
        // No figures for the year: no value, rather than a 0 that reads as "no violations".
        Value = through > 0 ? Decimal.FromDecimal(assessment.Value) : null,
        BaselineValue = hasFigures ? Decimal.FromDecimal(assessment.Baseline) : null,
        ChangePercent = assessment.ChangePercent.ToWireDecimal(),
        RequiredChangePercent = Decimal.FromDecimal(-assessment.RequiredReductionPercent),
        TargetValue = hasFigures ? Decimal.FromDecimal(assessment.Allowed) : null,
        OnTrack = hasFigures && assessment.OnTrack,
        HasFigures = hasFigures,
    };
}
