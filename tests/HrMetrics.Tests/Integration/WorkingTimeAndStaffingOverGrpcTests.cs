using System.Text.Json;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Indicators;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>Working-time violations, staffing and the indicators governance asks for, over gRPC on real PostgreSQL.</summary>
[Collection(ServersCollection.Name)]
public sealed class WorkingTimeAndStaffingOverGrpcTests(PlatformServers servers)
{
    [Fact]
    public async Task Violations_round_trip_and_the_2025_indicator_is_on_track_by_april()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        var records = TestFiles.ViolationRecords();

        var first = await HrMetricsHost.PushAsync(hr.Client.ImportWorkingTimeViolations(), records);
        var again = await HrMetricsHost.PushAsync(hr.Client.ImportWorkingTimeViolations(), records);

        Assert.Equal((64, 0), (first.Accepted, first.Unchanged));
        Assert.Equal((0, 64), (again.Accepted, again.Unchanged));
        var report = await hr.Client.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest { Year = 2025 });
        Assert.Equal((4, 240, 320, 800), (report.ThroughMonth, report.Indicator.YearToDate, report.Indicator.BaselineSamePeriod, report.Indicator.BaselineFullYear));
        Assert.Equal(-25m, report.Indicator.ChangePercent.ToDecimal());
        Assert.True(report.Indicator.OnTrack);
        Assert.Equal(["U-DRIFT", "U-UTVIKLING"], report.ByUnit.Select(u => u.Key));

        var strict = await hr.Client.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest
        {
            Year = 2025, RequiredReductionPercent = Decimal.FromDecimal(30m),
        });
        Assert.False(strict.Indicator.OnTrack);

        var events = await hr.OutboxPayloadsAsync("WorkingTimeViolationsUpdated");
        Assert.Equal(16, events.Count);
        Assert.Contains(events, e => JsonDocument.Parse(e).RootElement.GetProperty("totalViolations").GetInt32() == 66);
    }

    [Fact]
    public async Task Governance_gets_the_indicators_with_baseline_target_and_status()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        await HrMetricsHost.PushAsync(hr.Client.ImportWorkingTimeViolations(), TestFiles.ViolationRecords());

        var indicators = (await hr.Client.GetIndicatorsAsync(new GetIndicatorsRequest { Year = 2025 })).Indicators;

        var violations = indicators.Single(i => i.Code == IndicatorReport.WorkingTimeViolations);
        Assert.Equal((2024, 240m, 320m, 256m, true), (violations.BaselineYear, violations.Value.ToDecimal(), violations.BaselineValue.ToDecimal(),
            violations.TargetValue.ToDecimal(), violations.OnTrack));
        // The measure is a closed set on the wire: counts for violations and units over 10 %, percent for sick leave.
        Assert.Equal(Hemit.Contracts.HrMetrics.V1.IndicatorMeasure.Count, violations.Measure);
        Assert.Equal(Hemit.Contracts.HrMetrics.V1.IndicatorMeasure.Percent, indicators.Single(i => i.Code == IndicatorReport.SickLeavePercent).Measure);
        // No sick leave pushed for 2025: the sick-leave indicators say they have no figures.
        Assert.All(indicators.Where(i => i.Code != IndicatorReport.WorkingTimeViolations), i => Assert.False(i.HasFigures));
    }

    [Fact]
    public async Task Staffing_round_trips_with_totals_from_parts_turnover_and_an_event_per_month()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);

        var summary = await HrMetricsHost.PushAsync(hr.Client.ImportStaffing(), TestFiles.StaffingRecords());

        Assert.Equal(40, summary.Accepted);
        var staffing = await hr.Client.GetStaffingAsync(new GetStaffingRequest { Year = 2021 });
        var september = staffing.Months.Single(m => m.Month == 9);
        Assert.Equal((415m, 356m, 59m), (september.TotalFteMonths.ToDecimal(), september.EmployedFteMonths.ToDecimal(), september.ContractedFteMonths.ToDecimal()));
        Assert.Equal((435, 372, 63), (september.TotalHeadcount, september.EmployedHeadcount, september.ContractedHeadcount));

        var turnover = await hr.Client.GetTurnoverAsync(new GetTurnoverRequest { Year = 2021 });
        Assert.Equal(["2021-T1", "2021-T2", "2021-T3"], turnover.Tertials.Select(t => t.Label));
        Assert.Equal(9, turnover.Tertials[0].Leavers);
        Assert.Equal(24, turnover.YearToDate.Leavers);

        var events = (await hr.OutboxPayloadsAsync("StaffingPeriodUpdated")).Select(p => JsonDocument.Parse(p).RootElement).ToList();
        Assert.Equal(10, events.Count);
        var septemberEvent = events.Single(e => e.GetProperty("month").GetInt32() == 9);
        Assert.Equal(435, septemberEvent.GetProperty("totalHeadcount").GetInt32());
    }

    [Fact]
    public async Task An_unknown_staffing_category_refuses_the_whole_file_and_names_the_row()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        var records = TestFiles.StaffingRecords().Select(r => r.Clone()).ToList();
        records[5].Category = (Hemit.Contracts.HrMetrics.V1.StaffingCategory)99;

        var refusal = await Assert.ThrowsAsync<RpcException>(() => HrMetricsHost.PushAsync(hr.Client.ImportStaffing(), records));

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Equal("staffing[5].category", Assert.Single(refusal.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations).Field);
        Assert.Equal(0, await hr.QueryAsync(db => db.Staffing.CountAsync()));
    }

    [Fact]
    public async Task A_month_closed_in_hr_is_recorded_once()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);

        var first = await hr.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2021, 10) });
        var again = await hr.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2021, 10) });

        Assert.Equal((false, true), (first.AlreadyClosed, again.AlreadyClosed));
        Assert.Single(await hr.OutboxPayloadsAsync("MonthClosed"));
    }
}
