using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Hemit.Contracts.Governance.V1;
using Hemit.Portal.Printing;
using Hemit.Portal.Report;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hemit.Bench.StatusReport;

/// <summary>
/// The board paper: the compiled status report rendered as the portal's HTML and printed to PDF by its
/// <see cref="ReportPrinter"/> in Debian's Chromium, as "Last ned PDF" does (the same code and registration, called in
/// this process, so without the portal's HTTP and sign-in). What a performance engineer wants before board day: the
/// first print (the browser starts), a print once warm, a paper printed before, several board members downloading at
/// once, and what Chromium holds in memory.
/// </summary>
public static partial class BoardPaperBench
{
    /// <summary>Board members who open the paper at the same time in the timed concurrent rounds.</summary>
    private const int AtOnce = 8;

    /// <param name="keptAs">Where the printed paper is written.</param>
    public static async Task<IReadOnlyList<BenchResult>> RunAsync(GetStatusReportResponse compiled, double compileMs, string keptAs, bool smoke)
    {
        var runs = smoke ? 1 : 10;
        var rounds = smoke ? 1 : 3;
        var atOnce = smoke ? 2 : AtOnce;
        var view = ReportView.Of(compiled, version: null);
        // As the portal registers it (Program.cs), with its own configuration's defaults (Debian's Chromium).
        await using var services = new ServiceCollection().AddLogging().AddMetrics()
            .AddReportPrinting(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var printer = services.GetRequiredService<ReportPrinter>();
        var concurrentPrints = services.GetRequiredService<IOptions<PrintOptions>>().Value.ConcurrentPrints;
        var job = await printer.PrepareAsync(view, services);

        var first = Stopwatch.StartNew();
        var pdf = await printer.PrintAsync(job);
        var firstMs = first.Elapsed.TotalMilliseconds;
        var pages = PageCount(pdf);
        if (pages == 0)
        {
            throw new InvalidOperationException($"The board paper printed as {pdf.Length} bytes with no page in it.");
        }

        // Kept beside the table, so the paper that was timed can be looked at.
        Directory.CreateDirectory(Path.GetDirectoryName(keptAs)!);
        await File.WriteAllBytesAsync(keptAs, pdf);

        // Warm: the components' and the print path's JIT, Chromium's caches.
        for (var i = 0; i < 3; i++)
        {
            await printer.PrintAsync(job);
        }

        var html = new List<double>();
        var prints = new List<double>();
        var kept = new List<double>();
        await printer.PdfAsync(job, CancellationToken.None);
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            job = await printer.PrepareAsync(view, services);
            html.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await printer.PrintAsync(job);
            prints.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await printer.PdfAsync(job, CancellationToken.None);
            kept.Add(watch.Elapsed.TotalMilliseconds);
        }

        var alone = Measure.Median(prints);
        // The same paper asked for by several at once (the download's way), and as many different papers at once (each
        // printed: the browser's own limit). Each round's paper is new to the keep (its running text names the round).
        var (samePaper, _) = await AtOnceAsync(atOnce, rounds, round =>
        {
            var paper = job with { Running = $"{job.Running} · {round}" };
            return _ => printer.PdfAsync(paper, CancellationToken.None);
        });
        var (differentPapers, differentRates) = await AtOnceAsync(atOnce, rounds, round =>
            index => printer.PdfAsync(job with { Running = $"{job.Running} · {round}-{index}" }, CancellationToken.None));

        var chromium = ChromiumMemory();
        return
        [
            new("board paper", "PDF, first print", firstMs, "ms", "compile", firstMs / compileMs, "", null,
                $"Chromium started by the first print (as after a deploy); {pages} A4 pages, {pdf.Length / 1024.0:0} KiB ({Path.GetFileName(keptAs)})"),
            new("board paper", "PDF, printed", alone, "ms", "compile", alone / compileMs, "", null,
                $"a paper not printed before, HTML to PDF in the running browser; median of {runs} (p95 {Measure.Percentile(prints, 95):0} ms); the compile the download waits on first is {compileMs:0} ms"),
            new("board paper", "of which HTML", Measure.Median(html), "ms", "", null, "", null,
                $"the report's Blazor components rendered to one HTML document ({job.Html.Length / 1024.0:0} KiB; what /statusrapport/{{month}}/html returns), which also names the kept PDF"),
            new("board paper", "PDF, kept", Measure.Median(kept), "ms", "", null, "", null,
                $"the same paper asked for again: given from the portal's keep (HybridCache, named by the HTML, which a download renders first), not printed; {alone / Measure.Median(kept):N0} x faster than printing"),
            new("board paper", $"same paper, {atOnce} at once, p95", Measure.Percentile(samePaper, 95), "ms", "printed alone", Measure.Percentile(samePaper, 95) / alone, "", null,
                $"{atOnce} downloads of a paper not yet printed, started together, {rounds} rounds: printed once, the others wait for it; p50 {Measure.Median(samePaper):0} ms"),
            new("board paper", $"{atOnce} papers at once, p95", Measure.Percentile(differentPapers, 95), "ms", "printed alone", Measure.Percentile(differentPapers, 95) / alone, "", null,
                $"{atOnce} different papers started together, {concurrentPrints} printing at a time (Portal:ConcurrentPrints, a core each), {rounds} rounds; p50 {Measure.Median(differentPapers):0} ms; {Measure.Median(differentRates):0.00} PDFs/s, {Measure.Median(differentRates) * alone / 1000:0.00} x one after another"),
            new("board paper", "Chromium memory", chromium.PssMiB, "MiB", "", null, "", null,
                $"proportional set size (shared pages counted once) of the browser's {chromium.Processes} processes after the prints"),
        ];
    }

    /// <summary>Rounds of <paramref name="count"/> calls started together: each call's milliseconds, and each round's calls per second.</summary>
    /// <param name="call">For a round, the call for each index of it.</param>
    private static async Task<(List<double> Times, List<double> Rates)> AtOnceAsync(int count, int rounds, Func<int, Func<int, Task<byte[]>>> call)
    {
        var (times, rates) = (new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            var calls = call(round);
            var wall = Stopwatch.StartNew();
            times.AddRange(await Task.WhenAll(Enumerable.Range(0, count).Select(async index =>
            {
                var watch = Stopwatch.StartNew();
                await calls(index);
                return watch.Elapsed.TotalMilliseconds;
            })));
            rates.Add(count / wall.Elapsed.TotalSeconds);
        }

        return (times, rates);
    }

    /// <summary>Pages of a PDF as Chromium writes it: one <c>/Type /Page</c> object per page (the tree's nodes are <c>/Pages</c>).</summary>
    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    /// <summary>The Chromium processes under this one (through Playwright's driver) and their memory, from /proc; none where there is no /proc.</summary>
    private static (int Processes, double PssMiB) ChromiumMemory()
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var pid) && TryRead(Path.Combine(directory, "stat")) is { } stat)
            {
                parents[pid] = int.Parse(Measure.ProcStatFields(stat)[1], CultureInfo.InvariantCulture);
            }
        }

        bool Below(int pid)
        {
            for (var at = pid; parents.TryGetValue(at, out var parent) && parent > 1; at = parent)
            {
                if (parent == Environment.ProcessId)
                {
                    return true;
                }
            }

            return false;
        }

        var (processes, pssKiB) = (0, 0L);
        foreach (var pid in parents.Keys.Where(Below))
        {
            if (TryRead($"/proc/{pid}/comm")?.Trim() is { } name && name.StartsWith("chrom", StringComparison.Ordinal) &&
                TryRead($"/proc/{pid}/smaps_rollup") is { } rollup && PssLine().Match(rollup) is { Success: true } pss)
            {
                processes++;
                pssKiB += long.Parse(pss.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return (processes, pssKiB / 1024.0);
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // the process ended meanwhile
        }
    }

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"^Pss:\s+(\d+) kB", RegexOptions.Multiline)]
    private static partial Regex PssLine();
}
