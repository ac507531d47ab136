using Hemit.Bench.Hosting;
using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.IncomeStatements;
using Hemit.Finance.Ledger;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Hemit.Bench.Ingest;

/// <summary>Issue 16, benchmark 1 (finance ledger): ledger lines through <c>ImportLedgerLines</c>, beside COPY and one SaveChanges per line.</summary>
public static class LedgerIngestBench
{
    private const int Seed = 20211119;

    /// <summary>Finance's ledger table (its LedgerModel), written to directly by COPY.</summary>
    private const string LedgerTable = "ledger_entries";

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(ServiceProcess finance, string financeDb, string copyDb, string naiveDb, bool smoke)
    {
        var rows = Rows(smoke ? 2_000 : 30_000);
        var naiveRows = rows.Take(smoke ? 100 : 500).ToList();
        await MigrateAsync(copyDb);
        await MigrateAsync(naiveDb);

        using var channel = finance.CreateChannel();
        var client = new FinanceService.FinanceServiceClient(channel);
        using var separate = new IngestComparison.SeparateChannels(finance);
        var clients = separate.Clients(c => new FinanceService.FinanceServiceClient(c));
        // Consecutive stretches of months, as each integration would send its own years.
        var parts = rows.Chunk((rows.Count + IngestComparison.PushesAtOnce - 1) / IngestComparison.PushesAtOnce).Select(c => (IReadOnlyList<LedgerLine>)c).ToList();
        return await IngestComparison.RunAsync("ledger ingest", smoke ? 1 : 5, !smoke, finance,
            new IngestWay(rows.Count, () => PushAsync(client, rows), () => EmptyAsync(financeDb)),
            new IngestWay(rows.Count, () => PushBatchesAsync(client, rows), () => EmptyAsync(financeDb)),
            new IngestWay(rows.Count, () => PushBatchesAgainAsync(client, rows), async () =>
            {
                await EmptyAsync(financeDb);
                await PushBatchesAsync(client, rows);
            }),
            new IngestWay(rows.Count, () => CopyAsync(copyDb, rows), () => EmptyAsync(copyDb)),
            new IngestWay(naiveRows.Count, () => NaiveAsync(naiveDb, naiveRows), () => EmptyAsync(naiveDb)),
            new IngestWay(rows.Count, () => IngestComparison.AtOnceAsync(clients, parts, PushBatchesAsync), () => EmptyAsync(financeDb)),
            new IngestPart("of which stream alone", new IngestWay(rows.Count, () => DrainAsync(channel, rows), () => Task.CompletedTask),
                "the same lines read over one gRPC stream on the same server and kept, a row a message, nothing written (bench-only StreamDrain)"),
            new IngestPart("of which stream of batches alone", new IngestWay(rows.Count, () => DrainBatchesAsync(channel, rows), () => Task.CompletedTask),
                $"the same, {IngestComparison.BatchSize:N0} lines a message"),
            new IngestPart("of which upsert alone", new IngestWay(rows.Count, () => UpsertAsync(copyDb, rows), () => EmptyAsync(copyDb)),
                "the same rows through the importers' BulkUpsert in one transaction into the empty table (so COPYed straight in), from this process"));
    }

    /// <summary>Deterministic rows of realistic shape: every posted line, actual and budget, month after month.</summary>
    private static List<LedgerLine> Rows(int count)
    {
        var random = new Random(Seed);
        var lines = IncomeStatementLines.Catalogue.PostedLines.Select(l => l.Code).ToList();
        var rows = new List<LedgerLine>(count);
        for (var i = 0; rows.Count < count; i++)
        {
            var period = Period.Of(1900 + i / 12, i % 12 + 1);
            foreach (var line in lines)
            {
                foreach (var scenario in new[] { Scenario.Actual, Scenario.Budget })
                {
                    if (rows.Count == count)
                    {
                        break;
                    }

                    rows.Add(new LedgerLine
                    {
                        Period = period, Line = line, Scenario = scenario,
                        Amount = Money.FromDecimal(random.Next(-5_000_000, 20_000_000) + random.Next(0, 100) / 100m),
                    });
                }
            }
        }

        return rows;
    }

    private static async Task PushAsync(FinanceService.FinanceServiceClient client, IReadOnlyList<LedgerLine> rows) =>
        IngestComparison.Expect(await BenchData.PushAsync(client.ImportLedgerLines(), rows), rows.Count, 0, "finance");

    private static async Task CopyAsync(string database, IReadOnlyList<LedgerLine> rows)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {LedgerTable} (year, month, line_code, scenario, amount) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(row.Period.Year, NpgsqlDbType.Integer);
            await copy.WriteAsync(row.Period.Month, NpgsqlDbType.Integer);
            await copy.WriteAsync(row.Line, NpgsqlDbType.Varchar);
            await copy.WriteAsync(row.Scenario == Scenario.Actual ? "actual" : "budget", NpgsqlDbType.Varchar);
            await copy.WriteAsync(row.Amount.ToDecimal(), NpgsqlDbType.Numeric);
        }

        await copy.CompleteAsync();
    }

    private static async Task PushBatchesAsync(FinanceService.FinanceServiceClient client, IReadOnlyList<LedgerLine> rows) =>
        IngestComparison.Expect(await BenchData.PushAsync(client.ImportLedgerLineBatches(), Batches(rows)), rows.Count, 0, "finance");

    private static async Task PushBatchesAgainAsync(FinanceService.FinanceServiceClient client, IReadOnlyList<LedgerLine> rows) =>
        IngestComparison.Expect(await BenchData.PushAsync(client.ImportLedgerLineBatches(), Batches(rows)), 0, rows.Count, "finance");

    private static IEnumerable<LedgerLineBatch> Batches(IReadOnlyList<LedgerLine> rows) =>
        rows.Chunk(IngestComparison.BatchSize).Select(chunk => new LedgerLineBatch { Lines = { chunk } });

    private static Task DrainAsync(Grpc.Net.Client.GrpcChannel channel, IReadOnlyList<LedgerLine> rows) =>
        BenchData.PushAsync(new V1.StreamDrain.StreamDrainClient(channel).LedgerLines(), rows);

    private static Task DrainBatchesAsync(Grpc.Net.Client.GrpcChannel channel, IReadOnlyList<LedgerLine> rows) =>
        BenchData.PushAsync(new V1.StreamDrain.StreamDrainClient(channel).LedgerLineBatches(), Batches(rows));

    private static async Task UpsertAsync(string database, IReadOnlyList<LedgerLine> rows)
    {
        var entries = rows.Select(Entry).ToList();
        await using var db = Context(database);
        await ImportTransaction.RunAsync(db, [], (import, ct) => import.UpsertAsync(entries, ct), CancellationToken.None);
    }

    private static LedgerEntry Entry(LedgerLine row) => new()
    {
        Year = row.Period.Year, Month = row.Period.Month, LineCode = row.Line,
        Scenario = row.Scenario == Scenario.Actual ? LedgerScenario.Actual : LedgerScenario.Budget,
        Amount = row.Amount.ToDecimal(),
    };

    private static async Task NaiveAsync(string database, IReadOnlyList<LedgerLine> rows)
    {
        await using var db = Context(database);
        foreach (var row in rows)
        {
            db.Add(Entry(row));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static async Task EmptyAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"TRUNCATE {LedgerTable}, outbox_messages", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task MigrateAsync(string database)
    {
        await using var db = Context(database);
        await db.Database.MigrateAsync();
    }

    private static FinanceDbContext Context(string database) =>
        new(new DbContextOptionsBuilder<FinanceDbContext>().UseNpgsql(database).Options);
}
