using System.Text;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.ServiceDesk;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>
/// Seed 001: "I oktober var det 9292 besvart anrop, det er 7 prosent færre telefoner enn samme måned i 2020.
/// Gjennomsnittlig ventetid er på 64 sekunder, noe som var litt over målet på 60 sekunder" (3.1), and
/// "45 releaser … 41 av releasene ble gjennomført i henhold til opprinnelig plan" through September 2021 (4.1).
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class PhoneAndReleaseTests(PlatformServers servers) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hemit-servicedesk-releases-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>October 2021's working hours, 9 292 answered calls waiting 64 s on average: long waits in the morning, short ones after.</summary>
    private static List<CallInterval> October2021Calls()
    {
        var hours = new List<DateTimeOffset>();
        for (var day = new DateTime(2021, 10, 1); day.Month == 10; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                hours.AddRange(Enumerable.Range(8, 8).Select(h => new DateTimeOffset(day.AddHours(h), TimeSpan.FromHours(2))));
            }
        }

        var intervals = hours.Select((start, i) => new CallInterval
        {
            IntervalStart = Timestamp.FromDateTimeOffset(start),
            Answered = (i % 8 < 4 ? 40 : 70) + (i < 60 ? 1 : 0),
        }).ToList();
        // Scale to 9 292 in all: the rest to the first hour.
        intervals[0].Answered += 9292 - intervals.Sum(c => c.Answered);
        foreach (var (interval, i) in intervals.Select((c, i) => (c, i)))
        {
            interval.TotalWaitSeconds = interval.Answered * (i % 8 < 4 ? 95L : 45L);
        }

        intervals[^1].TotalWaitSeconds += 9292L * 64 - intervals.Sum(c => c.TotalWaitSeconds);
        return intervals;
    }

    /// <summary>October 2020: 9 992 calls, one interval a day.</summary>
    private static List<CallInterval> October2020Calls() =>
        Enumerable.Range(1, 31).Select(day => new CallInterval
        {
            IntervalStart = Timestamp.FromDateTimeOffset(new DateTimeOffset(2020, 10, day, 8, 0, 0, TimeSpan.FromHours(2))),
            Answered = day == 1 ? 9992 - (30 * 322) : 322,
            TotalWaitSeconds = 322 * 50,
        }).ToList();

    [Fact]
    public async Task October_calls_are_7_percent_fewer_with_a_64_second_wait_weighted_by_calls()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        var october2021 = October2021Calls();
        Assert.True(october2021[^1].TotalWaitSeconds > 0);

        var summary = await ServiceDeskHost.PushAsync(desk.Client.ImportCalls(), october2021.Concat(October2020Calls()));
        var again = await ServiceDeskHost.PushAsync(desk.Client.ImportCalls(), october2021);
        var calls = (await desk.Client.GetMonthReportAsync(new GetMonthReportRequest { Period = Period.Of(2021, 10) })).Calls;

        Assert.Equal((october2021.Count + 31, 0, october2021.Count), (summary.Accepted, again.Accepted, again.Unchanged));
        Assert.Equal((9292, 9992), (calls.Answered, calls.SameMonthLastYear));
        Assert.Equal(-7.0m, Math.Round(calls.ChangePercent.ToDecimal(), 1));
        Assert.Equal((64m, 60m, false), (calls.AverageWaitSeconds.ToDecimal(), calls.TargetWaitSeconds.ToDecimal(), calls.TargetMet));
        // The mean of the hours' own averages is not the month's wait: busy afternoons wait less.
        Assert.NotEqual(64m, Math.Round(october2021.Average(c => (decimal)c.TotalWaitSeconds / c.Answered), 0));

        var printed = new PrintedTable(PrintedReport.Of(MonthReportCommand.Tables(
            await desk.Client.GetMonthReportAsync(new GetMonthReportRequest { Period = Period.Of(2021, 10) })), OutputFormat.Table));
        Assert.Equal(["9 292", "9 992", "-7,0 %", "64", "60", "nei"], printed.Cells("9 292"));
    }

    [Fact]
    public async Task A_negative_count_refuses_the_call_batch_naming_its_row()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        var calls = October2020Calls();
        calls[4].Answered = -3;

        var refusal = await Assert.ThrowsAsync<RpcException>(() => ServiceDeskHost.PushAsync(desk.Client.ImportCalls(), calls));

        var violation = Assert.Single(refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal(("intervals[4].answered", "row 5: -3 is negative; a count cannot be below zero"), (violation.Field, violation.Description));
        Assert.Equal(0, await desk.QueryAsync(db => db.CallIntervals.CountAsync()));
    }

    /// <summary>2021 through September: 45 carried out, 41 on or before the original plan; and some that must not count.</summary>
    private FileInfo ReleaseFile()
    {
        var text = new StringBuilder("release_id;service;planned_date;actual_date\r\n");
        for (var i = 1; i <= 45; i++)
        {
            var planned = new DateOnly(2021, 1 + (i % 9), 10);
            // Four late (by a week), five early, the rest on the day.
            var actual = i % 11 == 0 ? planned.AddDays(7) : i % 9 == 0 ? planned.AddDays(-3) : planned;
            text.Append($"REL-2021-{i:D3};Doculive EPJ;{planned:yyyy-MM-dd};{actual:yyyy-MM-dd}\r\n");
        }

        text.Append("REL-2021-046;Arbeidsflate;2021-10-05;2021-10-05\r\n");   // after September
        text.Append("REL-2021-047;Arbeidsflate;2021-09-20;\r\n");            // not carried out yet
        text.Append("REL-2020-120;DIPS Arena;2020-12-01;2020-12-01\r\n");     // last year
        var path = Path.Combine(_folder, "releaser-2021.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return new FileInfo(path);
    }

    [Fact]
    public async Task Releases_through_september_2021_are_41_of_45_on_plan_which_is_91_percent()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        var (releases, problems) = CsvImporter.Read(ReleaseFile(), ServiceDeskImportFiles.Releases, ServiceDeskImportFiles.ToRelease);
        Assert.Empty(problems);
        await ServiceDeskHost.PushAsync(desk.Client.ImportReleases(), releases);

        var response = await desk.Client.GetReleasesAsync(new GetReleasesRequest { Year = 2021, Through = Period.Of(2021, 9) });

        Assert.Equal((45, 41), (response.CarriedOut, response.OnPlan));
        Assert.Equal(41m * 100 / 45, response.OnPlanPercent.ToDecimal(), 9);
        Assert.Equal(["REL-2021-011", "REL-2021-022", "REL-2021-033", "REL-2021-044"], response.Late.Select(r => r.ReleaseId).Order());
        var printed = new PrintedTable(PrintedReport.Of(ReleasesCommand.Tables(response), OutputFormat.Table));
        Assert.Equal(["45", "41", "91 %"], printed.Cells("45"));
        Assert.Equal(46, (await desk.Client.GetReleasesAsync(new GetReleasesRequest { Year = 2021 })).CarriedOut);
    }

    [Fact]
    public async Task A_release_with_a_date_that_is_not_one_is_refused_whole()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => ServiceDeskHost.PushAsync(desk.Client.ImportReleases(), [
            new Release { ReleaseId = "REL-1", Service = "Doculive EPJ", PlannedDate = "2021-09-14", ActualDate = "2021-09-14" },
            new Release { ReleaseId = "REL-2", Service = "Doculive EPJ", PlannedDate = "14.09.2021" },
        ]));

        var violation = Assert.Single(refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal(("releases[1].planned_date", "row 2: '14.09.2021' is not a date; write YYYY-MM-DD, e.g. 2021-09-14"), (violation.Field, violation.Description));
        Assert.Equal(0, await desk.QueryAsync(db => db.Releases.CountAsync()));
    }
}
