using Hemit.HrMetrics.Grpc;
using Hemit.HrMetrics.Indicators;
using Hemit.HrMetrics.SickLeave;
using Hemit.HrMetrics.WorkingTime;

namespace Hemit.HrMetrics.Tests.Indicators;

/// <summary>The owner's 2025 indicators (oppdragsdokument 2.3) and HMN25-021, judged on the year to date.</summary>
public class IndicatorReportTests
{
    private static readonly HrTargetOptions Targets = new();

    [Fact]
    public void Working_time_violations_down_25_percent_by_april_2025_are_on_track_for_the_20_percent_requirement()
    {
        var report = IndicatorReport.Build([], TestFiles.ViolationEntries(), 2025, 2024, Targets).ToResponse();
        var indicator = report.Indicators.Single(i => i.Code == IndicatorReport.WorkingTimeViolations);

        // 2025 Jan-Apr: 60 + 58 + 66 + 56 = 240; 2024 Jan-Apr: 80 + 76 + 90 + 74 = 320.
        Assert.Equal((4, 240m, 320m), (indicator.ThroughMonth, indicator.Value.ToDecimal(), indicator.BaselineValue.ToDecimal()));
        Assert.Equal((-25m, -20m, 256m), (indicator.ChangePercent.ToDecimal(), indicator.RequiredChangePercent.ToDecimal(), indicator.TargetValue.ToDecimal()));
        Assert.True(indicator.OnTrack);
        Assert.True(indicator.HasFigures);
    }

    [Fact]
    public void A_stricter_requirement_turns_the_same_figures_off_track()
    {
        var strict = new HrTargetOptions { WorkingTimeViolationReductionPercent = 30m };
        var indicator = IndicatorReport.Build([], TestFiles.ViolationEntries(), 2025, 2024, strict).ToResponse()
            .Indicators.Single(i => i.Code == IndicatorReport.WorkingTimeViolations);

        Assert.Equal(224m, indicator.TargetValue.ToDecimal());
        Assert.False(indicator.OnTrack);
    }

    [Fact]
    public void Sick_leave_indicators_compare_the_year_to_date_with_the_same_months_of_the_baseline()
    {
        var indicators = IndicatorReport.Build(TestFiles.SickLeaveEntries(), [], 2021, 2020, Targets).ToResponse().Indicators;

        var units = indicators.Single(i => i.Code == IndicatorReport.UnitsOverThreshold);
        Assert.Equal((1m, 1m, 0.9m, false), (units.Value.ToDecimal(), units.BaselineValue.ToDecimal(), units.TargetValue.ToDecimal(), units.OnTrack));

        var rate = indicators.Single(i => i.Code == IndicatorReport.SickLeavePercent);
        Assert.Equal("HMN25-021", rate.Reference);
        Assert.Equal(5.4m, Math.Round(rate.Value.ToDecimal(), 1));
        Assert.Equal(3.9m, Math.Round(rate.BaselineValue.ToDecimal(), 1));
        Assert.False(rate.OnTrack);

        var target = indicators.Single(i => i.Code == IndicatorReport.SickLeaveAgainstTarget);
        Assert.Equal((5m, false), (target.TargetValue.ToDecimal(), target.OnTrack));
    }

    [Fact]
    public void Without_baseline_figures_an_indicator_says_so_instead_of_claiming_on_track()
    {
        var indicator = IndicatorReport.Build([], TestFiles.ViolationEntries(), 2025, 2019, Targets).ToResponse()
            .Indicators.Single(i => i.Code == IndicatorReport.WorkingTimeViolations);

        Assert.False(indicator.HasFigures);
        Assert.False(indicator.OnTrack);
    }

    [Fact]
    public void The_violation_report_breaks_the_year_down_by_unit_rule_and_cause()
    {
        var entries = TestFiles.ViolationEntries();
        var report = WorkingTimeViolationReport.Build(entries, 2025, "", 2024, 20m).ToResponse();

        Assert.Equal([60, 58, 66, 56, 0], report.Months.Take(5).Select(m => m.ThisYear));
        Assert.Equal([true, true, true, true, false], report.Months.Take(5).Select(m => m.HasFigures));
        Assert.Equal(800, report.Indicator.BaselineFullYear);
        Assert.Equal(640m, report.Indicator.AllowedFullYear.ToDecimal());
        Assert.Equal(240, report.ByUnit.Sum(u => u.YearToDate));
        Assert.Equal(56, report.ByRule.Sum(r => r.Period));
        // April 2025: 56 → 28 daily rest (on-call callouts), 11 weekly rest, 11 max hours per day, 6 overtime without cause.
        Assert.Equal(28, report.ByCause.Single(c => c.Cause == Hemit.Contracts.HrMetrics.V1.ViolationCause.OnCallCallout).Period);
        Assert.Equal(6, report.ByCause.Single(c => c.Cause == Hemit.Contracts.HrMetrics.V1.ViolationCause.Unspecified).Period);
        Assert.Equal(Hemit.Contracts.HrMetrics.V1.WorkingTimeRule.DailyRest, report.ByRule[0].Rule);
    }
}
