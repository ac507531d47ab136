using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.IncomeStatements;
using Hemit.Finance.Ledger;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Hemit.Bench;

/// <summary>
/// Issue 16, benchmark 1 (finance ledger): records per second through the real client-streaming gRPC method of the
/// built finance service (its own process, Kestrel on loopback) into PostgreSQL, beside (a) the limit, Npgsql binary
/// COPY of the same rows into the same table, and (b) the naive way, one EF Core SaveChanges per record.
/// Goals: at least 0.7 of COPY and at least 20 times the naive way. Each figure is the median of the runs after a warm-up.
/// </summary>
public static class LedgerIngestBench
{
    private const int Seed = 20211119;

    /// <summary>Finance's ledger table (its LedgerModel), written to directly by COPY.</summary>
    private const string LedgerTable = "ledger_entries";

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(PlatformServers servers, bool smoke)
    {
        var rows = Rows(smoke ? 2_000 : 30_000);
        var naiveRows = rows.Take(smoke ? 200 : 2_000).ToList();
        var runs = smoke ? 1 : 3;

        var grpcDb = await servers.CreateDatabaseAsync("bench_grpc");
        var copyDb = await servers.CreateDatabaseAsync("bench_copy");
        var naiveDb = await servers.CreateDatabaseAsync("bench_naive");
        await MigrateAsync(copyDb);
        await MigrateAsync(naiveDb);

        using var finance = await FinanceProcess.StartAsync(grpcDb);
        var grpc = await MedianRateAsync(runs, rows.Count, () => PushAsync(finance.Address, rows), () => EmptyAsync(grpcDb));
        var copy = await MedianRateAsync(runs, rows.Count, () => CopyAsync(copyDb, rows), () => EmptyAsync(copyDb));
        var naive = await MedianRateAsync(runs, naiveRows.Count, () => NaiveAsync(naiveDb, naiveRows), () => EmptyAsync(naiveDb));

        var judged = !smoke;
        return
        [
            new("ledger ingest", "gRPC stream", grpc, "rows/s", "COPY", grpc / copy, ">= 0.70", judged ? grpc / copy >= 0.7 : null,
                $"{rows.Count} rows in one stream, median of {runs}"),
            new("ledger ingest", "gRPC stream", grpc, "rows/s", "naive SaveChanges", grpc / naive, ">= 20", judged ? grpc / naive >= 20 : null,
                $"naive: {naiveRows.Count} rows, one SaveChanges each"),
            new("ledger ingest", "COPY (limit)", copy, "rows/s", "", null, "", null),
            new("ledger ingest", "naive SaveChanges", naive, "rows/s", "", null, "", null),
        ];
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

    private static async Task<double> MedianRateAsync(int runs, int rows, Func<Task> run, Func<Task> reset)
    {
        await run();
        var rates = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await reset();
            var clock = Stopwatch.StartNew();
            await run();
            rates.Add(rows / clock.Elapsed.TotalSeconds);
        }

        await reset();
        return rates.Order().ElementAt(rates.Count / 2);
    }

    private static async Task PushAsync(Uri address, IReadOnlyList<LedgerLine> rows)
    {
        using var channel = GrpcChannel.ForAddress(address);
        using var call = new FinanceService.FinanceServiceClient(channel).ImportLedgerLines();
        foreach (var row in rows)
        {
            await call.RequestStream.WriteAsync(row);
        }

        await call.RequestStream.CompleteAsync();
        var summary = await call;
        if (summary.Accepted != rows.Count)
        {
            throw new InvalidOperationException($"finance accepted {summary.Accepted} of {rows.Count} rows");
        }
    }

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

    private static async Task NaiveAsync(string database, IReadOnlyList<LedgerLine> rows)
    {
        await using var db = Context(database);
        foreach (var row in rows)
        {
            db.Add(new LedgerEntry
            {
                Year = row.Period.Year, Month = row.Period.Month, LineCode = row.Line,
                Scenario = row.Scenario == Scenario.Actual ? LedgerScenario.Actual : LedgerScenario.Budget,
                Amount = row.Amount.ToDecimal(),
            });
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

    /// <summary>The built finance service in its own process, as the AppHost runs it, on a free loopback port.</summary>
    private sealed class FinanceProcess(Process process, Uri address) : IDisposable
    {
        public Uri Address { get; } = address;

        public static async Task<FinanceProcess> StartAsync(string database)
        {
            var port = FreePort();
            var start = new ProcessStartInfo(Path.Combine(RepositoryRoot(), "src", "Finance", "bin", Configuration, "net10.0", "Hemit.Finance"))
            {
                WorkingDirectory = Path.Combine(RepositoryRoot(), "src", "Finance"),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ConnectionStrings__financedb"] = database;
            // No broker: the events wait in the outbox, so the figure is the ingest's alone.
            start.Environment["ConnectionStrings__messaging"] = "amqp://guest:guest@127.0.0.1:1/";
            start.Environment["Kestrel__Endpoints__grpc__Url"] = $"http://127.0.0.1:{port}";
            start.Environment["Kestrel__Endpoints__http__Url"] = $"http://127.0.0.1:{FreePort()}";
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            var process = Process.Start(start) ?? throw new InvalidOperationException("finance did not start");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var address = new Uri($"http://127.0.0.1:{port}");
            using var channel = GrpcChannel.ForAddress(address);
            var health = new Grpc.Health.V1.Health.HealthClient(channel);
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    // Answering at all is enough: the bus is unhealthy on purpose (no broker).
                    await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
                    break;
                }
                catch (Grpc.Core.RpcException) when (attempt < 120 && !process.HasExited)
                {
                    await Task.Delay(500);
                }
            }

            return new FinanceProcess(process, address);
        }

        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static string RepositoryRoot()
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Hemit.Platform.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new InvalidOperationException("Hemit.Platform.sln not found above the benchmark.");
        }

#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif
    }
}
