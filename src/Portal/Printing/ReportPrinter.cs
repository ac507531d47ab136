using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Hemit.Contracts.Governance.V1;
using Hemit.Portal.Report;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Hemit.Portal.Printing;

/// <summary>A document to print: its HTML and the running text of every page's header and footer.</summary>
public sealed record PrintJob(string Html, string Running)
{
    /// <summary>What names the PDF: the same HTML and running text print the same pages.</summary>
    public string ContentKey => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Running}\n{Html}")));
}

/// <summary>
/// Renders the report as one HTML document (the same components as the page) and prints it to an A4 PDF in
/// Chromium, with the report's month and state in every page's header and the page number in its footer.
/// One browser is started on first use and kept; each print gets its own page. A PDF is printed once per content
/// (<see cref="PdfAsync(PrintJob, CancellationToken)"/>): a print takes Chromium about a second of a core, so a board
/// opening the same paper at once would otherwise queue for many seconds (bench/, "board paper").
/// </summary>
public sealed class ReportPrinter : IAsyncDisposable
{
    /// <summary>The histogram of Chromium's prints, in the platform's meter: its count is how many PDFs were printed.</summary>
    public const string PrintDurationInstrument = "hemit.portal.pdf.print.duration";

    /// <summary>Long enough for a board meeting's downloads; the key is the content, so a kept paper is never stale.</summary>
    private static readonly HybridCacheEntryOptions Kept = new() { Expiration = TimeSpan.FromHours(1), LocalCacheExpiration = TimeSpan.FromHours(1) };

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _printing;
    private readonly ILoggerFactory _loggerFactory;
    private readonly IOptions<PrintOptions> _options;
    private readonly HybridCache _printed;
    private readonly Histogram<double> _printDuration;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public ReportPrinter(ILoggerFactory loggerFactory, IOptions<PrintOptions> options, HybridCache printed, IMeterFactory meters)
    {
        _loggerFactory = loggerFactory;
        _options = options;
        _printed = printed;
        _printing = new SemaphoreSlim(options.Value.ConcurrentPrints, options.Value.ConcurrentPrints);
        _printDuration = meters.Create(Microsoft.Extensions.Hosting.Extensions.PlatformTelemetryName).CreateHistogram<double>(
            PrintDurationInstrument, "s", "Time Chromium took to print a PDF (one not printed before)");
    }

    /// <param name="services">The request's services: components render in a request scope.</param>
    public Task<string> RenderHtmlAsync(ReportView view, IServiceProvider services) =>
        RenderAsync<PrintDocument>(new Dictionary<string, object?> { ["View"] = view }, services);

    public Task<string> RenderHtmlAsync(TertialReport report, IServiceProvider services) =>
        RenderAsync<TertialPrintDocument>(new Dictionary<string, object?> { ["Report"] = report }, services);

    public async Task<PrintJob> PrepareAsync(ReportView view, IServiceProvider services) =>
        new(await RenderHtmlAsync(view, services), $"{view.Shown.Title} · {RunningState(view.Shown.State, view.Shown.Version)}");

    public async Task<PrintJob> PrepareAsync(TertialReport report, IServiceProvider services) =>
        new(await RenderHtmlAsync(report, services), $"{report.Title} · {RunningState(report.State, 0)}");

    public async Task<byte[]> PdfAsync(ReportView view, IServiceProvider services, CancellationToken cancellationToken) =>
        await PdfAsync(await PrepareAsync(view, services), cancellationToken);

    public async Task<byte[]> PdfAsync(TertialReport report, IServiceProvider services, CancellationToken cancellationToken) =>
        await PdfAsync(await PrepareAsync(report, services), cancellationToken);

    /// <summary>
    /// The job's PDF, printed once for its content: a later request gets the kept pages, and requests for a paper being
    /// printed wait for that print instead of starting their own (HybridCache's stampede protection).
    /// </summary>
    public async Task<byte[]> PdfAsync(PrintJob job, CancellationToken cancellationToken) =>
        await _printed.GetOrCreateAsync($"pdf/{job.ContentKey}", (Printer: this, Job: job),
            static async (state, _) => await state.Printer.PrintAsync(state.Job), Kept, cancellationToken: cancellationToken);

    /// <summary>Prints the job in Chromium, kept pages or not, once one of <see cref="PrintOptions.ConcurrentPrints"/> is free.</summary>
    public async Task<byte[]> PrintAsync(PrintJob job)
    {
        await _printing.WaitAsync();
        try
        {
            var started = Stopwatch.GetTimestamp();
            var pdf = await PrintAsync(job.Html, job.Running);
            _printDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
            return pdf;
        }
        finally
        {
            _printing.Release();
        }
    }

    private async Task<string> RenderAsync<TDocument>(Dictionary<string, object?> parameters, IServiceProvider services) where TDocument : IComponent
    {
        await using var renderer = new HtmlRenderer(services, _loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TDocument>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }

    /// <param name="running">The report's title and state, printed in every page's header and footer.</param>
    private async Task<byte[]> PrintAsync(string html, string running)
    {
        var browser = await BrowserAsync();
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetContentAsync(html);
            var text = WebUtility.HtmlEncode($"Hemit HF · {running}");
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = $"<div style=\"font-size:8pt;width:100%;margin:0 15mm;display:flex;justify-content:space-between\"><span>{text}</span></div>",
                FooterTemplate = $"<div style=\"font-size:8pt;width:100%;margin:0 15mm;text-align:right\">{text} · side <span class=\"pageNumber\"></span> av <span class=\"totalPages\"></span></div>",
                Margin = new Margin { Top = "18mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The state in every page's header and footer; a draft in capitals, so no page of it passes for final.</summary>
    private static string RunningState(StatusReportState state, int version) => state switch
    {
        StatusReportState.Draft => "UTKAST",
        _ => $"{BoardFormats.State(state)}{(version > 0 ? $" versjon {version}" : "")}",
    };

    private async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }

            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = _options.Value.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _gate.Dispose();
        _printing.Dispose();
    }
}
