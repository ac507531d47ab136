using System.Text.Json;
using Hemit.Bench;
using Hemit.TestSupport;

// bench/run.sh: every benchmark in one run, as ratios against its limit and the naive way; a table and JSON.
var smoke = args.Contains("--smoke");
var output = args.SkipWhile(a => a != "--json").Skip(1).FirstOrDefault() ?? Path.Combine("bench", "results", "latest.json");

await using var servers = new PlatformServers();
var results = new List<BenchResult>();
results.AddRange(await LedgerIngestBench.RunAsync(servers, smoke));

Console.WriteLine(BenchTable.Render(results, smoke));
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
await File.WriteAllTextAsync(output, JsonSerializer.Serialize(new
{
    machine = new { cores = Environment.ProcessorCount, memory_gib = Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1) },
    smoke,
    results,
}, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
Console.WriteLine($"written: {output}");
return results.Any(r => r.GoalMet == false) ? 2 : 0;
