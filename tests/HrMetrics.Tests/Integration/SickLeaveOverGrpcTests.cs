using System.Text.Json;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>Sick leave pushed over gRPC into real PostgreSQL and read back as the board paper prints it.</summary>
[Collection(ServersCollection.Name)]
public sealed class SickLeaveOverGrpcTests(PlatformServers servers)
{
    private static readonly decimal[] Printed2021 = [4.3m, 5.1m, 5.3m, 4.5m, 5.0m, 4.8m, 6.8m, 6.5m, 6.1m, 6.3m];

    private static decimal OneDecimal(Decimal value) => Math.Round(value.ToDecimal(), 1, MidpointRounding.AwayFromZero);

    /// <summary>When each stored row was last written, by period and unit.</summary>
    private static Task<Dictionary<string, DateTimeOffset>> UpdatedAtAsync(HrMetricsHost hr) =>
        hr.QueryAsync(db => db.SickLeave.ToDictionaryAsync(e => $"{e.Year:D4}-{e.Month:D2} {e.Unit}", e => e.UpdatedAt));

    [Fact]
    public async Task Two_years_of_sick_leave_round_trip_and_print_the_october_2021_table()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        var records = TestFiles.SickLeaveRecords();

        var summary = await HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), records);

        Assert.Equal((110, 0, 0), (summary.Accepted, summary.Unchanged, summary.Rejected));
        var report = await hr.Client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 });
        Assert.Equal(Printed2021, report.Months.Take(10).Select(m => OneDecimal(m.ThisYear.Percent)));
        Assert.Equal(5.4m, OneDecimal(report.YearToDate.Percent));
        Assert.Equal(4.3m, OneDecimal(report.PreviousYearTotal.Percent));
        Assert.Equal(5m, report.TargetPercent.ToDecimal());
        Assert.Equal(10, report.ThroughMonth);
        // Decimal days come back exactly as sent.
        Assert.Equal(84.41m, (await hr.QueryAsync(db => db.SickLeave.SingleAsync(e => e.Year == 2021 && e.Month == 7 && e.Unit == "U-DRIFT"))).SickLeaveDays);

        var unit = await hr.Client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021, Unit = "U-SIKKERHET" });
        Assert.Equal(11m, unit.Months[6].ThisYear.Percent.ToDecimal());
        Assert.Equal(0, unit.UnitsOverThreshold.ThisYear);
    }

    [Fact]
    public async Task A_report_for_a_past_month_counts_the_year_through_that_month_only()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        await HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), TestFiles.SickLeaveRecords());

        var september = await hr.Client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021, ThroughMonth = 9 });

        Assert.Equal(9, september.ThroughMonth);
        Assert.Equal(Printed2021.Take(9), september.Months.Where(m => m.ThisYear is not null).Select(m => OneDecimal(m.ThisYear.Percent)));
        // Sick days over agreed days, January to September 2021 (the paper printed no such Hiå; the file's rows give it).
        var rows = TestFiles.SickLeaveRecords().Where(r => r.Period.Year == 2021 && r.Period.Month <= 9).ToList();
        Assert.Equal(rows.Sum(r => r.SickLeaveDays.ToDecimal()) * 100m / rows.Sum(r => r.AgreedWorkDays.ToDecimal()),
            september.YearToDate.Percent.ToDecimal(), 6);
        var refusal = await Assert.ThrowsAsync<RpcException>(async () => await hr.Client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021, ThroughMonth = 13 }));
        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Contains("through_month", refusal.Status.Detail);
    }

    [Fact]
    public async Task Each_changed_month_announces_sick_leave_period_updated_with_its_rate()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);

        await HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), TestFiles.SickLeaveRecords());

        var events = (await hr.OutboxPayloadsAsync("SickLeavePeriodUpdated")).Select(p => JsonDocument.Parse(p).RootElement).ToList();
        Assert.Equal(22, events.Count);
        var july = events.Single(e => e.GetProperty("year").GetInt32() == 2021 && e.GetProperty("month").GetInt32() == 7);
        Assert.Equal(6.8m, july.GetProperty("sickLeavePercent").GetDecimal());
        Assert.Equal(5, july.GetProperty("changedUnits").GetInt32());
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_and_a_corrected_row_changes_only_itself()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        var records = TestFiles.SickLeaveRecords();
        var pushedAt = DateTimeOffset.UtcNow;
        await HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), records);

        // Every new row carries the import's time (the first push of new months is COPYed straight into the table).
        var stamped = await UpdatedAtAsync(hr);
        Assert.All(stamped.Values, at => Assert.InRange(at, pushedAt.AddSeconds(-1), DateTimeOffset.UtcNow));
        var again = await HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), records);

        Assert.Equal((0, 110), (again.Accepted, again.Unchanged));
        Assert.Equal(22, (await hr.OutboxPayloadsAsync("SickLeavePeriodUpdated")).Count);
        Assert.Equal(110, await hr.QueryAsync(db => db.SickLeave.CountAsync()));
        Assert.Equal(stamped, await UpdatedAtAsync(hr));

        var corrected = records.Select(r => r.Clone()).ToList();
        var october = corrected.Single(r => r.Period.Year == 2021 && r.Period.Month == 10 && r.Unit == "U-DRIFT");
        october.SickLeaveDays = Decimal.FromDecimal(october.SickLeaveDays.ToDecimal() + 28m);
        var third = await HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), corrected);

        Assert.Equal((1, 109), (third.Accepted, third.Unchanged));
        var restamped = await UpdatedAtAsync(hr);
        Assert.Equal(["2021-10 U-DRIFT"], restamped.Where(row => row.Value != stamped[row.Key]).Select(row => row.Key));
        var events = await hr.OutboxPayloadsAsync("SickLeavePeriodUpdated");
        Assert.Equal(23, events.Count);
        // 28 more sick days on October's 8 000 agreed days: 6.3 % becomes 6.65 %.
        Assert.Equal(6.65m, JsonDocument.Parse(events[^1]).RootElement.GetProperty("sickLeavePercent").GetDecimal());
    }

    public static TheoryData<string, int, string> BadRows => new()
    {
        { "negative days", 3, "sick_leave_days" },
        { "sick days above agreed days", 3, "sick_leave_days" },
        { "malformed period", 3, "period" },
        { "person's e-mail address as unit", 3, "unit" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_refuses_the_whole_file_names_the_row_and_writes_nothing(string fault, int badRow, string field)
    {
        using var hr = await HrMetricsHost.StartAsync(servers);
        var records = TestFiles.SickLeaveRecords().Select(r => r.Clone()).ToList();
        var bad = records[badRow - 1];
        switch (fault)
        {
            case "negative days":
                bad.SickLeaveDays = Decimal.FromDecimal(-2m);
                break;
            case "sick days above agreed days":
                bad.SickLeaveDays = Decimal.FromDecimal(bad.AgreedWorkDays.ToDecimal() + 0.5m);
                break;
            case "malformed period":
                bad.Period = new Period { Year = 2020, Month = 13 };
                break;
            default:
                bad.Unit = "kari.nordmann@hemit.no";
                break;
        }

        var refusal = await Assert.ThrowsAsync<RpcException>(() => HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), records));

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        var violation = Assert.Single(refusal.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations);
        Assert.Equal($"sick_leave[{badRow - 1}].{field}", violation.Field);
        Assert.StartsWith($"row {badRow}: ", violation.Description);
        Assert.Contains($"row {badRow}", refusal.Status.Detail);
        Assert.Equal(0, await hr.QueryAsync(db => db.SickLeave.CountAsync()));
        Assert.Empty(await hr.OutboxPayloadsAsync("SickLeavePeriodUpdated"));
    }

    [Fact]
    public async Task An_empty_stream_and_a_bad_query_are_refused()
    {
        using var hr = await HrMetricsHost.StartAsync(servers);

        var empty = await Assert.ThrowsAsync<RpcException>(() => HrMetricsHost.PushAsync(hr.Client.ImportSickLeave(), Array.Empty<SickLeaveRecord>()));
        var badYear = await Assert.ThrowsAsync<RpcException>(async () => await hr.Client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 21 }));
        var badUnit = await Assert.ThrowsAsync<RpcException>(async () => await hr.Client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021, Unit = "010170 12345" }));

        Assert.All([empty, badYear, badUnit], e => Assert.Equal(StatusCode.InvalidArgument, e.StatusCode));
        Assert.Contains("year", badYear.Status.Detail);
    }
}
