using Google.Protobuf.WellKnownTypes;
using Hemit.BuildingBlocks.Reporting;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Data;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>
/// The month report is given from memory when read again (BuildingBlocks' ReportCache), and never stale: a write to any
/// of the service's tables, committed or still in flight, makes the next read compute again.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class ReportCacheTests(PlatformServers servers)
{
    private static readonly DateTimeOffset OctoberMorning = new(2021, 10, 12, 9, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public async Task A_report_is_computed_once_for_many_reads_and_again_after_any_write_but_never_kept_while_a_write_is_in_flight()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        _ = desk.Client.GetMonthReport(new GetMonthReportRequest { Period = Period.Of(2021, 10) }); // started and migrated
        var reports = desk.Services.GetRequiredService<ReportCache>();
        var computed = 0;
        Task<string> ReadAsync(string key) => reports.GetOrComputeAsync<ServiceDeskDbContext, string>(key, (_, _) =>
        {
            Interlocked.Increment(ref computed);
            return Task.FromResult($"figures of {key}");
        }, CancellationToken.None);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("figures of report/a", await ReadAsync("report/a"));
        }

        Assert.Equal(1, computed);

        // Sixteen readers at once wait for one computation.
        var gate = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = 0;
        var readers = Enumerable.Range(0, 16).Select(_ => reports.GetOrComputeAsync<ServiceDeskDbContext, string>("report/b", (_, _) =>
        {
            Interlocked.Increment(ref slow);
            return gate.Task;
        }, CancellationToken.None)).ToList();
        await Task.Delay(200);
        gate.SetResult("figures of report/b");
        Assert.All(await Task.WhenAll(readers), figures => Assert.Equal("figures of report/b", figures));
        Assert.Equal(1, slow);

        // A ticket event written but not yet committed: each read computes (from what is committed), none is kept.
        await using var writer = new NpgsqlConnection(desk.Services.GetRequiredService<IConfiguration>().GetConnectionString("servicedeskdb"));
        await writer.OpenAsync();
        await using (var transaction = await writer.BeginTransactionAsync())
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO ticket_events (ticket_id, occurred_at, event, type, priority, service, responsible) " +
                "VALUES ('CACHE-1', @at, 'created', 'incident', 3, 'Tilgangsadministrasjon', 'Hemit Brukerstøtte Ålesund')",
                writer, transaction);
            insert.Parameters.AddWithValue("at", OctoberMorning.ToUniversalTime());
            await insert.ExecuteNonQueryAsync();
            computed = 0;
            await ReadAsync("report/a");
            await ReadAsync("report/a");
            Assert.Equal(2, computed);

            await transaction.CommitAsync();
        }

        // Committed: computed once more, then kept again.
        computed = 0;
        await ReadAsync("report/a");
        await ReadAsync("report/a");
        Assert.Equal(1, computed);

        // A write to the messaging plumbing changes no report: still kept.
        await using (var inbox = new NpgsqlCommand(
            "INSERT INTO inbox_messages (message_id, consumer, received_at) VALUES (gen_random_uuid(), 'ReportCacheTests', now())", writer))
        {
            await inbox.ExecuteNonQueryAsync();
        }

        await ReadAsync("report/a");
        Assert.Equal(1, computed);
    }

    [Fact]
    public async Task A_month_report_read_before_a_push_shows_the_pushed_ticket_when_read_after_it()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        var october = new GetMonthReportRequest { Period = Period.Of(2021, 10) };
        await desk.PushAsync([Created("CACHE-A", OctoberMorning)]);
        var before = await desk.Client.GetMonthReportAsync(october);
        Assert.Equal(before, await desk.Client.GetMonthReportAsync(october));

        await desk.PushAsync([Created("CACHE-B", OctoberMorning.AddHours(1)), Created("CACHE-C", OctoberMorning.AddHours(2))]);
        var after = await desk.Client.GetMonthReportAsync(october);

        Assert.Equal(1, Total(before));
        Assert.Equal(3, Total(after));
    }

    private static int Total(GetMonthReportResponse report) =>
        Assert.Single(report.TicketsByType, t => t.Type == TicketType.Unspecified).Count;

    private static TicketEvent Created(string id, DateTimeOffset at) => new()
    {
        TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = TicketEventKind.Created, Type = TicketType.Incident,
        Priority = 3, Service = "Tilgangsadministrasjon", Responsible = "Hemit Brukerstøtte Ålesund",
    };
}
