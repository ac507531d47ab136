using System.Net;
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
    public async Task<string> RenderHtmlAsync(ReportView view, IServiceProvider services)
    {
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<PrintDocument>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["View"] = view }));
            return output.ToHtmlString();
        });
    }

    public async Task<byte[]> PrintPdfAsync(ReportView view, IServiceProvider services)
    {
        var html = await RenderHtmlAsync(view, services);
        var browser = await BrowserAsync();
        var page = await browser.NewPageAsync();
        try
        {
            await page.SetContentAsync(html);
            var running = WebUtility.HtmlEncode($"Hemit HF · {view.Shown.Title} · {RunningState(view.Shown)}");
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = $"<div style=\"font-size:8pt;width:100%;margin:0 15mm;display:flex;justify-content:space-between\"><span>{running}</span></div>",
                FooterTemplate = $"<div style=\"font-size:8pt;width:100%;margin:0 15mm;text-align:right\">{running} · side <span class=\"pageNumber\"></span> av <span class=\"totalPages\"></span></div>",
                Margin = new Margin { Top = "18mm", Bottom = "18mm", Left = "15mm", Right = "15mm" },
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    /// <summary>The state in every page's header and footer; a draft in capitals, so no page of it passes for final.</summary>
    private static string RunningState(Contracts.Governance.V1.StatusReport report) => report.State switch
    {
        Contracts.Governance.V1.StatusReportState.Draft => "UTKAST",
        _ => $"{BoardFormats.State(report.State)}{(report.Version > 0 ? $" versjon {report.Version}" : "")}",
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
