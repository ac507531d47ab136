using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hemit.Bench;
using Hemit.Bench.Events;
using Hemit.Bench.Hosting;
using Hemit.Bench.Ingest;
using Hemit.Bench.Micro;
using Hemit.Bench.Queries;
using Hemit.Bench.StatusReport;
using Hemit.TestSupport;

// bench/run.sh: every benchmark of issue 16 in one run, each as a ratio against its limit or the naive way, with its
// goal; a table on stdout and JSON. `Hemit.Bench serve NAME` is the child process that hosts one service.
if (args is ["serve", var name])
{
    return await ServiceProcess.Serve(name);
}

var smoke = args.Contains("--smoke");
var output = Path.GetFullPath(Option("--json") ?? Path.Combine("bench", "results", smoke ? "smoke.json" : Option("--only") is null ? "latest.json" : "partial.json"));
// --only ingest,queries,events,status-report,micro: a part of the run, e.g. to look into one figure.
var only = Option("--only")?.Split(',') ?? ["ingest", "queries", "events", "status-report", "micro"];
var stackStart = Option("--stack-start") is { } file ? Path.GetFullPath(file) : null;
// The in-process services find their content roots from the program's folder.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

var machine = BenchMachine.Now(smoke);
await using var servers = new PlatformServers();
var results = new List<BenchResult>();
const string NoBroker = "amqp://guest:guest@127.0.0.1:1/"; // events wait in the outbox: the figures are the service's alone

if (only.Contains("ingest") || only.Contains("queries"))
{
    Console.Error.WriteLine("ingest and report queries …");
    // Each service process with its database, which the ingest benchmarks empty between rounds.
    var started = await Task.WhenAll(new[] { ("finance", "financedb"), ("hrmetrics", "hrdb"), ("servicedesk", "servicedeskdb") }
        .Select(async s =>
        {
            var database = await servers.CreateDatabaseAsync($"bench_{s.Item1}");
            return (Service: await ServiceProcess.StartAsync(s.Item1, Connections(s.Item2, database)), Database: database);
        }));
    var services = started.Select(s => s.Service).ToArray();
    var ((finance, financeDb), (hr, _), (desk, deskDb)) = (started[0], started[1], started[2]);
    try
    {
        await Task.Delay(TimeSpan.FromSeconds(smoke ? 1 : 5)); // settled after start
        var atRest = services.ToDictionary(s => s.Name, s => s.ResidentMiB);
        // The ticket ingest leaves its events in the service desk for the month report query.
        results.AddRange(await LedgerIngestBench.RunAsync(finance, financeDb, await servers.CreateDatabaseAsync("bench_ledger_copy"), await servers.CreateDatabaseAsync("bench_ledger_naive"), smoke));
        results.AddRange(await TicketIngestBench.RunAsync(desk, deskDb, await servers.CreateDatabaseAsync("bench_tickets_copy"), await servers.CreateDatabaseAsync("bench_tickets_naive"), smoke));
        var afterIngest = services.ToDictionary(s => s.Name, s => s.ResidentMiB);
        if (only.Contains("queries"))
        {
            results.AddRange(await Guarded("report queries", () => ReportQueryBench.RunAsync(finance, hr, desk, smoke)));
        }

        results.AddRange(services.Select(s => new BenchResult("memory", $"{s.Name} RSS", afterIngest[s.Name], "MiB", $"at rest {atRest[s.Name]:0} MiB", afterIngest[s.Name] / atRest[s.Name], "", null,
            $"after the ingest benchmark; {s.ResidentMiB:0} MiB after the report queries")));
    }
    finally
    {
        Array.ForEach(services, s => s.Dispose());
    }
}

if (only.Contains("events"))
{
    Console.Error.WriteLine("event propagation …");
    results.AddRange(await Guarded("events", () => EventPropagationBench.RunAsync(servers, smoke)));
}

if (only.Contains("status-report"))
{
    Console.Error.WriteLine("status report …");
    StatusReportBench.Run? statusReport = null;
    results.AddRange(await Guarded("status report", async () => (statusReport = await StatusReportBench.RunAsync(servers, smoke)).Results));
    if (statusReport is not null)
    {
        Console.Error.WriteLine("board paper …");
        results.AddRange(await Guarded("board paper", () => BoardPaperBench.RunAsync(statusReport.Compiled, statusReport.CompileMs,
            Path.Combine(Path.GetDirectoryName(output)!, smoke ? "board-paper-smoke.pdf" : "board-paper.pdf"), smoke)));
    }
}

if (only.Contains("micro"))
{
    Console.Error.WriteLine("micro-benchmarks (BenchmarkDotNet) …");
    results.AddRange(MicroBench.Run(smoke));
}
if (stackStart is not null && File.Exists(stackStart))
{
    results.AddRange(StackStart.Read(stackStart));
}

machine = machine with { LoadAtEnd = Measure.LoadAverage() };
Console.WriteLine(BenchTable.Render(machine, results));
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new { machine, results },
    new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals }));
Console.WriteLine($"written: {output}");
return results.Any(r => r.Figure == "FAILED") ? 1 : 0;

// A benchmark that fails is a row of the table (and the run's exit code), not the loss of every other figure.
async Task<IReadOnlyList<BenchResult>> Guarded(string benchmark, Func<Task<IReadOnlyList<BenchResult>>> run)
{
    try
    {
        return await run();
    }
    catch (Exception exception)
    {
        Console.Error.WriteLine($"{benchmark} failed: {exception}");
        return [new BenchResult(benchmark, "FAILED", double.NaN, "", "", null, "", false, exception.GetType().Name + ": " + exception.Message)];
    }
}

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

Dictionary<string, string> Connections(string name, string database)
{
    // Three services under 32 clients each would open 96 connections: PostgreSQL here allows 100 in all.
    return new() { [name] = database + ";Maximum Pool Size=24", ["messaging"] = NoBroker };
}

/// <summary>Issue 16, benchmark 5: what bench/apphost-start.sh printed in the same run (start time, each service's memory at rest).</summary>
internal static partial class StackStart
{
    public static IEnumerable<BenchResult> Read(string file)
    {
        var text = File.ReadAllLines(file);
        var starts = text.Select(l => StartLine().Match(l)).Where(m => m.Success).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        if (starts.Count > 0)
        {
            var median = Measure.Median(starts);
            yield return new("stack start", "AppHost to all healthy", median, "s", "30 s limit", median / 30, "< 30 s", median < 30,
                $"median of {starts.Count} ({string.Join(", ", starts.Select(s => s.ToString("0.0", CultureInfo.InvariantCulture)))} s); first run cold");
        }

        foreach (var memory in text.Select(l => MemoryLine().Match(l)).Where(m => m.Success))
        {
            yield return new("stack start", $"{memory.Groups[1].Value} RSS at rest", double.Parse(memory.Groups[2].Value, CultureInfo.InvariantCulture), "MiB", "", null, "", null, "under the AppHost, just after all healthy");
        }
    }

    [GeneratedRegex(@"every resource healthy in ([0-9.]+) s")]
    private static partial Regex StartLine();

    [GeneratedRegex(@"^memory (\S+) ([0-9.]+) MiB")]
    private static partial Regex MemoryLine();
}
