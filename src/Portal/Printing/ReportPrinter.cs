using System.Net;
using Hemit.Contracts.Governance.V1;
using Hemit.Portal.Report;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace Hemit.Portal.Printing;

/// <summary>
/// Renders the report as one HTML document (the same components as the page) and prints it to an A4 PDF in
/// Chromium, with the report's month and state in every page's header and the page number in its footer.
/// One browser is started on first use and kept; each print gets its own page.
/// </summary>
public sealed class ReportPrinter(ILoggerFactory loggerFactory, IOptions<PrintOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <param name="services">The request's services: components render in a request scope.</param>
    public Task<string> RenderHtmlAsync(ReportView view, IServiceProvider services) =>
        RenderAsync<PrintDocument>(new Dictionary<string, object?> { ["View"] = view }, services);

    public Task<string> RenderHtmlAsync(TertialReport report, IServiceProvider services) =>
        RenderAsync<TertialPrintDocument>(new Dictionary<string, object?> { ["Report"] = report }, services);

    public async Task<byte[]> PrintPdfAsync(ReportView view, IServiceProvider services) =>
        await PrintAsync(await RenderHtmlAsync(view, services), $"{view.Shown.Title} · {RunningState(view.Shown.State, view.Shown.Version)}");

    public async Task<byte[]> PrintPdfAsync(TertialReport report, IServiceProvider services) =>
        await PrintAsync(await RenderHtmlAsync(report, services), $"{report.Title} · {RunningState(report.State, 0)}");

    private async Task<string> RenderAsync<TDocument>(Dictionary<string, object?> parameters, IServiceProvider services) where TDocument : IComponent
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
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
                ExecutablePath = options.Value.ChromiumPath,
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
    }
}
