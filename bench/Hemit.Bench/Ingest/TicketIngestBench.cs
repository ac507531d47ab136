using Grpc.Core;
using Hemit.Bench.Hosting;
using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Importing;
using Hemit.ServiceDesk.Sla;
using Hemit.ServiceDesk.Tickets;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Wire = Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.Bench.Ingest;

/// <summary>Issue 16, benchmark 1 (service desk): ticket events through <c>ImportTicketEvents</c>, beside COPY and one SaveChanges per event.</summary>
public static class TicketIngestBench
{
    public const int Seed = 20211201;

    /// <summary>The service desk's ticket event table (its TicketEventModel), written to directly by COPY.</summary>
    private const string Table = "ticket_events";

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(ServiceProcess desk, string deskDb, string copyDb, string naiveDb, bool smoke)
    {
        var events = TicketData.Events(smoke ? 500 : 10_000, Seed);
        var entries = events.Select((e, i) => TicketEventRowValidator.Validate(e, i, new RowRejections())?.Entry
            ?? throw new InvalidOperationException($"generated event {i} is invalid")).ToList();
        var naive = entries.Take(smoke ? 100 : 500).ToList();
        await MigrateAsync(copyDb);
        await MigrateAsync(naiveDb);

        using var channel = desk.CreateChannel();
        var client = new ServiceDeskService.ServiceDeskServiceClient(channel);
        using var separate = new IngestComparison.SeparateChannels(desk);
        var clients = separate.Clients(c => new ServiceDeskService.ServiceDeskServiceClient(c));
        // Each ticket's events in one part, as each integration sends its own tickets.
        var partOfTicket = events.Select(e => e.TicketId).Distinct().Select((ticket, i) => (ticket, i)).ToDictionary(t => t.ticket, t => t.i % IngestComparison.PushesAtOnce);
        var parts = events.GroupBy(e => partOfTicket[e.TicketId]).OrderBy(g => g.Key).Select(g => (IReadOnlyList<Wire.TicketEvent>)[.. g]).ToList();
        var results = await IngestComparison.RunAsync("ticket ingest", smoke ? 1 : 5, !smoke, desk,
            new IngestWay(events.Count, () => PushAsync(client, events), () => EmptyAsync(deskDb)),
            new IngestWay(events.Count, () => PushBatchesAsync(client, events), () => EmptyAsync(deskDb)),
            new IngestWay(events.Count, () => PushBatchesAgainAsync(client, events), async () =>
            {
                await EmptyAsync(deskDb);
                await PushBatchesAsync(client, events);
            }),
            new IngestWay(entries.Count, () => CopyAsync(copyDb, entries), () => EmptyAsync(copyDb)),
            new IngestWay(naive.Count, () => NaiveAsync(naiveDb, naive), () => EmptyAsync(naiveDb)),
            new IngestWay(events.Count, () => IngestComparison.AtOnceAsync(clients, parts, PushBatchesAsync), () => EmptyAsync(deskDb)),
            new IngestPart("of which stream alone", new IngestWay(events.Count, () => DrainAsync(channel, events), () => Task.CompletedTask),
                "the same events read over one gRPC stream on the same server and kept, a row a message, nothing written (bench-only StreamDrain)"),
            new IngestPart("of which stream of batches alone", new IngestWay(events.Count, () => DrainBatchesAsync(channel, events), () => Task.CompletedTask),
                $"the same, {IngestComparison.BatchSize:N0} events a message"),
            new IngestPart("of which upsert alone", new IngestWay(entries.Count, () => UpsertAsync(copyDb, entries), () => EmptyAsync(copyDb)),
                "the same rows through the importers' BulkUpsert in one transaction into the empty table (so COPYed straight in; nothing read back, as the importer does), from this process"));
        var checking = CheckingMilliseconds(events, smoke ? 1 : 3);
        return [.. results, new("ticket ingest", "of which checks + replay", checking, "ms", "", null, "", null,
            $"the importer's CPU work on the {events.Count} events (row rules, timelines, SLA replay for breaches), timed alone in this process; the push took {events.Count / results[0].Value * 1000:0} ms, in batches {events.Count / results.Single(r => r.Figure == "gRPC stream of batches" && r.Against == "COPY").Value * 1000:0} ms")];
    }

    /// <summary>The part of an import that is the importer's own computing, no database: row rules, timelines, and the replay that finds SLA breaches.</summary>
    private static double CheckingMilliseconds(List<Wire.TicketEvent> events, int runs)
    {
        var policies = SlaPolicies.From(new SlaOptions());
        var times = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var batch = TicketEventRowValidator.Batch.Check(events);
            TicketEventRowValidator.CheckTimelines(batch.Rows, [], new RowRejections());
            foreach (var ticket in TicketTimeline.ReplayAll(batch.Rows.Select(r => r.Entry), DateTimeOffset.MaxValue))
            {
                if (ticket.Status == TicketStatus.Resolved)
                {
                    SlaClock.Standing(ticket, policies, ticket.ResolvedAt!.Value);
                }
            }

            if (run > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return Measure.Median(times);
    }

    private static async Task PushAsync(ServiceDeskService.ServiceDeskServiceClient client, IReadOnlyList<Wire.TicketEvent> events) =>
        IngestComparison.Expect(await BenchData.PushAsync(client.ImportTicketEvents(), events), events.Count, 0, "the service desk");

    private static async Task PushBatchesAsync(ServiceDeskService.ServiceDeskServiceClient client, IReadOnlyList<Wire.TicketEvent> events) =>
        IngestComparison.Expect(await BenchData.PushAsync(client.ImportTicketEventBatches(), Batches(events)), events.Count, 0, "the service desk");

    private static async Task PushBatchesAgainAsync(ServiceDeskService.ServiceDeskServiceClient client, IReadOnlyList<Wire.TicketEvent> events) =>
        IngestComparison.Expect(await BenchData.PushAsync(client.ImportTicketEventBatches(), Batches(events)), 0, events.Count, "the service desk");

    private static IEnumerable<TicketEventBatch> Batches(IReadOnlyList<Wire.TicketEvent> events) =>
        events.Chunk(IngestComparison.BatchSize).Select(chunk => new TicketEventBatch { Events = { chunk } });

    private static Task DrainAsync(Grpc.Net.Client.GrpcChannel channel, IReadOnlyList<Wire.TicketEvent> events) =>
        BenchData.PushAsync(new V1.StreamDrain.StreamDrainClient(channel).TicketEvents(), events);

    private static Task DrainBatchesAsync(Grpc.Net.Client.GrpcChannel channel, IReadOnlyList<Wire.TicketEvent> events) =>
        BenchData.PushAsync(new V1.StreamDrain.StreamDrainClient(channel).TicketEventBatches(), Batches(events));

    private static async Task UpsertAsync(string database, IReadOnlyList<TicketEventEntry> entries)
    {
        await using var db = Context(database);
        await ImportTransaction.RunAsync(db, [], (import, ct) => import.UpsertAndCountAsync(entries, ct), CancellationToken.None);
    }

    private static async Task CopyAsync(string database, IReadOnlyList<TicketEventEntry> entries)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {Table} (ticket_id, occurred_at, event, type, priority, service, responsible, first_line_resolved) FROM STDIN (FORMAT BINARY)");
        foreach (var e in entries)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(e.TicketId, NpgsqlDbType.Varchar);
            await copy.WriteAsync(e.OccurredAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(e.Event.ToCode(), NpgsqlDbType.Varchar);
            await WriteNullableAsync(copy, e.Type?.ToCode(), NpgsqlDbType.Varchar);
            await WriteNullableAsync(copy, e.Priority, NpgsqlDbType.Integer);
            await WriteNullableAsync(copy, e.Service, NpgsqlDbType.Varchar);
            await WriteNullableAsync(copy, e.Responsible, NpgsqlDbType.Varchar);
            await WriteNullableAsync(copy, e.FirstLineResolved, NpgsqlDbType.Boolean);
        }

        await copy.CompleteAsync();
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await copy.WriteNullAsync();
        }
        else
        {
            await copy.WriteAsync(value, type);
        }
    }

    private static async Task NaiveAsync(string database, IReadOnlyList<TicketEventEntry> entries)
    {
        await using var db = Context(database);
        foreach (var e in entries)
        {
            db.Add(new TicketEventEntry
            {
                TicketId = e.TicketId, OccurredAt = e.OccurredAt, Event = e.Event, Type = e.Type, Priority = e.Priority,
                Service = e.Service, Responsible = e.Responsible, FirstLineResolved = e.FirstLineResolved,
            });
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static async Task EmptyAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"TRUNCATE {Table}, outbox_messages", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task MigrateAsync(string database)
    {
        await using var db = Context(database);
        await db.Database.MigrateAsync();
    }

    private static ServiceDeskDbContext Context(string database) =>
        new(new DbContextOptionsBuilder<ServiceDeskDbContext>().UseNpgsql(database).Options);
}
