using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Hemit.Contracts.Governance.V1;
using Hemit.Portal.Printing;
using Hemit.Portal.Report;
using Hemit.TestSupport.Browser;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Options;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.Portal.Tests;

/// <summary>
/// "Last ned PDF" prints a paper in Chromium once per content: a board opening the same paper at once waits for one
/// print instead of queueing eight (about a second of a core each, bench/ "board paper"), and asks again get the kept
/// pages. The keep is named by the paper's HTML, so the same report must render the same HTML, charts included.
/// </summary>
[Collection(ReportStackCollection.Name)]
public sealed partial class BoardPaperPrintingTests(ReportStack stack)
{
    [Fact]
    public async Task Board_members_downloading_the_same_paper_at_once_get_one_print_and_the_same_pages()
    {
        var page = await stack.Browsers.PageAsAsync(PortalPerson.BoardMember);
        var url = new Uri(stack.Portal.Address, "statusrapport/2021-03/pdf").ToString();
        using var prints = new MetricCollector<double>(stack.Portal.Services.GetRequiredService<IMeterFactory>(),
            Microsoft.Extensions.Hosting.Extensions.PlatformTelemetryName, ReportPrinter.PrintDurationInstrument);

        // A draft names the minute it was compiled ("satt sammen 14:33"), so papers asked for in two minutes differ and
        // are printed twice, as they should; an attempt that straddles a minute is made again in a minute of its own.
        for (var attempt = 1; ; attempt++)
        {
            var minute = Minute();
            var printedBefore = prints.GetMeasurementSnapshot().Count;
            var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                var response = await page.APIRequest.GetAsync(url);
                Assert.True(response.Ok, $"{response.Status}: {await response.TextAsync()}");
                Assert.Equal("application/pdf", response.Headers["content-type"]);
                return await response.BodyAsync();
            }));
            var again = await (await page.APIRequest.GetAsync(url)).BodyAsync();
            if (Minute() != minute && attempt == 1)
            {
                // The straddling attempt may already have printed this minute's paper: start again in the next one.
                await Task.Delay(TimeSpan.FromSeconds(60 - DateTimeOffset.UtcNow.Second));
                continue;
            }

            Assert.Equal(1, prints.GetMeasurementSnapshot().Count - printedBefore);
            Assert.All(together.Append(again), pdf => Assert.Equal(together[0], pdf));
            var path = Artifacts.PathFor("statusrapport-2021-03-utkast.pdf");
            await File.WriteAllBytesAsync(path, again);
            var pages = await PdfText.PagesAsync(path);
            Assert.All(pages, text => Assert.Contains("Hemit HF · Statusrapport pr. mars 2021 · UTKAST", text));
            return;
        }

        static long Minute() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60;
    }

    [Fact]
    public void A_chart_draws_the_same_svg_every_time_with_clip_paths_of_its_own()
    {
        var sickLeave = Chart("sick_leave_by_month", "Sykefravær netto per måned", [4.2m, 5.1m, 5.3m]);
        var result = Chart("result_by_month", "Driftsresultat per måned", [2_700m, -3_100m, 1_200m]);

        var first = ChartSvg.Render(sickLeave);
        // Another drawing between, as another chart of the page moves Skia's process-wide count of clip paths on.
        var other = ChartSvg.Render(result);
        var second = ChartSvg.Render(sickLeave);

        Assert.Equal(first, second);
        var ids = ClipIds(first);
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("chart-sick_leave_by_month-clip", id));
        Assert.Empty(ids.Intersect(ClipIds(other)));
        // Every clip path used is declared in the same drawing.
        Assert.All(ClipUses().Matches(first), use => Assert.Contains(use.Groups[1].Value, ids));
    }

    [Fact]
    public void A_portal_configured_to_print_nothing_at_a_time_is_refused_naming_the_setting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:ConcurrentPrints"] = "0" }).Build();
        using var services = new ServiceCollection().AddReportPrinting(configuration).BuildServiceProvider();

        var refusal = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PrintOptions>>().Value);
        Assert.Equal("Portal:ConcurrentPrints must be at least 1: with none, no PDF could ever be printed.", refusal.Message);
    }

    private static StatusReportChart Chart(string key, string title, decimal[] values) => new()
    {
        Key = key, Title = title, Unit = FigureUnit.Percent, Categories = { "jan", "feb", "mar" },
        Series =
        {
            new StatusReportSeries { Name = "2021", Points = { values.Select(v => new StatusReportPoint { Value = Decimal.FromDecimal(v) }) } },
            new StatusReportSeries { Name = "Mål", Reference = true, Points = { values.Select(_ => new StatusReportPoint { Value = Decimal.FromDecimal(5m) }) } },
        },
    };

    private static List<string> ClipIds(string svg) => [.. ClipDeclarations().Matches(svg).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"<clipPath id=""([^""]+)""")]
    private static partial Regex ClipDeclarations();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex ClipUses();
}
