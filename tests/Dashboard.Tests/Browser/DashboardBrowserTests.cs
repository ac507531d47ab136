using Hemit.TestSupport;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Hemit.Dashboard.Tests.Support;
using Hemit.TestSupport.Browser;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using static Microsoft.Playwright.Assertions;

namespace Hemit.Dashboard.Tests.Browser;

/// <summary>
/// The dashboard in real headless Chromium: a trace that crosses finance and governance over RabbitMQ (with
/// database calls on both sides) is found in the trace list and opened as a waterfall; console output and
/// commands come from a real gRPC resource service.
/// </summary>
public sealed class DashboardBrowserTests : IAsyncLifetime
{
    private static readonly TimeSpan UiTimeout = TimeSpan.FromSeconds(20);

    private readonly TemporaryDataFolder folder = new();
    private WebApplication resourceHost = null!;
    private TestResourceService resourceService = null!;
    private DashboardProcess dashboard = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        (resourceHost, resourceService, var resourceAddress) = await TestResourceService.StartAsync();
        dashboard = await DashboardProcess.StartAsync(folder.Path, resourceAddress);
        playwright = await Playwright.CreateAsync();
        browser = await BrowserSession.LaunchAsync(playwright);
    }

    [Fact]
    public async Task A_trace_across_two_services_is_found_in_the_list_and_shown_as_one_waterfall()
    {
        var traceId = ExportMonthClosedTrace();
        var page = await LogInAsync("/traces");

        await page.GetByTestId("trace-filter-name").FillAsync("CloseMonth");
        await page.GetByTestId("trace-filter-name").PressAsync("Tab");
        var row = page.Locator($"[data-testid=trace-row][data-trace-id='{traceId}']");
        await Expect(row).ToBeVisibleAsync(new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        await Expect(page.GetByTestId("trace-row")).ToHaveCountAsync(1);
        await Expect(row.GetByTestId("trace-service")).ToHaveTextAsync(["finance 3", "governance 2"]);
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("traces.png"), FullPage = true });

        await row.GetByTestId("trace-link").ClickAsync();

        await Expect(page.GetByTestId("waterfall")).ToBeVisibleAsync(new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        await Expect(page.GetByTestId("trace-title")).ToHaveTextAsync("POST /hemit.finance.v1.LedgerService/CloseMonth");
        await Expect(page.Locator("[data-testid=span-row][data-service=finance]")).ToHaveCountAsync(3);
        await Expect(page.Locator("[data-testid=span-row][data-service=governance]")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("span-tag-messaging")).ToHaveTextAsync(["rabbitmq publish", "rabbitmq consume"]);
        await Expect(page.GetByTestId("span-tag-db")).ToHaveTextAsync(["postgresql", "postgresql"]);

        // Waterfall order: the consumer in governance sits under the publisher in finance.
        var order = await page.GetByTestId("span-row").EvaluateAllAsync<string[]>("rows => rows.map(row => row.dataset.service + ':' + row.dataset.spanKind)");
        Assert.Equal(["finance:Server", "finance:Client", "finance:Producer", "governance:Consumer", "governance:Client"], order);

        await page.Locator("[data-testid=span-row][data-span-kind=Consumer]").ClickAsync();
        await Expect(page.GetByTestId("span-attributes")).ToContainTextAsync("messaging.destination.name");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("trace-waterfall.png"), FullPage = true });

        await page.GetByTestId("trace-logs-link").ClickAsync();
        await Expect(page.GetByTestId("log-message")).ToHaveTextAsync(["Month 2021-10 closed with result -3401"], new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("structured-logs.png"), FullPage = true });
    }

    [Fact]
    public async Task Console_output_of_one_resource_and_of_all_resources_interleaved_comes_from_the_resource_service()
    {
        var page = await LogInAsync("/consolelogs?resource=finance");

        var lines = page.GetByTestId("console-line");
        await Expect(lines).ToHaveCountAsync(3, new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        await Expect(lines.First).ToContainTextAsync("Now listening on: http://localhost:5101");
        await Expect(lines.Last).ToContainTextAsync("Month 2021-10 closed (MonthClosed published)");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("console-finance.png"), FullPage = true });

        await page.GetByTestId("console-resource").SelectOptionAsync(new SelectOptionValue { Value = "" });

        await Expect(lines).ToHaveCountAsync(5, new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        var resources = await lines.EvaluateAllAsync<string[]>("lines => lines.map(line => line.dataset.resource)");
        Assert.Equal(["finance", "governance", "finance", "governance", "finance"], resources);
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("console-all.png"), FullPage = true });
    }

    [Fact]
    public async Task Resources_show_state_and_endpoints_and_a_restart_reaches_the_resource_service()
    {
        var page = await LogInAsync("/");

        var finance = page.Locator("[data-testid=resource-row][data-resource=finance]");
        await Expect(finance.GetByTestId("resource-state")).ToHaveTextAsync("Running", new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        await Expect(finance.GetByTestId("resource-health")).ToHaveTextAsync("Healthy");
        await Expect(finance.Locator("a.endpoint")).ToHaveAttributeAsync("href", "http://localhost:5101");
        await Expect(page.GetByTestId("application-name")).ToHaveTextAsync("Hemit.AppHost (test)");

        await finance.GetByTestId("command-restart").ClickAsync();

        await Expect(page.GetByTestId("command-result")).ToHaveTextAsync("Restart finance: done.", new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        await Expect(finance.GetByTestId("resource-restarts")).ToHaveTextAsync("1");
        Assert.Contains("restart finance", resourceService.Commands);
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("resources.png"), FullPage = true });
    }

    [Fact]
    public async Task Metrics_are_listed_by_resource_meter_and_instrument_and_charted()
    {
        using var meter = new Meter("Hemit.Finance");
        var imported = meter.CreateCounter<long>("hemit.finance.ledger_lines.imported", "{line}");
        var duration = meter.CreateHistogram<double>("hemit.finance.import.duration", "s");
        using (var metrics = Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("finance"))
            .AddMeter(meter.Name)
            .AddOtlpExporter(exporter => exporter.Endpoint = dashboard.OtlpGrpc)
            .Build())
        {
            for (var export = 1; export <= 3; export++)
            {
                imported.Add(400 * export);
                duration.Record(0.02 * export);
                Assert.True(metrics.ForceFlush(10_000));
                Thread.Sleep(1100);
            }
        }

        var page = await LogInAsync("/metrics");
        await page.GetByTestId("metric-instrument").Filter(new() { HasText = "hemit.finance.ledger_lines.imported" }).ClickAsync();

        await Expect(page.GetByTestId("metric-title")).ToHaveTextAsync("hemit.finance.ledger_lines.imported", new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        await Expect(page.Locator("[data-testid=metric-chart] svg polyline")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("metric-latest")).ToContainTextAsync("2400");

        await page.GetByTestId("metric-instrument").Filter(new() { HasText = "hemit.finance.import.duration" }).ClickAsync();
        await Expect(page.GetByTestId("metric-title")).ToHaveTextAsync("hemit.finance.import.duration", new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        await Expect(page.Locator("[data-testid=metric-chart] .legend li")).ToHaveTextAsync(["hemit.finance.import.duration p50", "hemit.finance.import.duration p90", "hemit.finance.import.duration p99"]);
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("metrics.png"), FullPage = true });
    }

    [Fact]
    public async Task A_browser_without_the_token_is_sent_to_the_login_page_and_a_wrong_token_is_refused()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(dashboard.Frontend, "/traces").ToString());
        await Expect(page.GetByTestId("login-form")).ToBeVisibleAsync();

        await page.GetByTestId("login-token").FillAsync("wrong-token");
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page.GetByTestId("login-error")).ToContainTextAsync("That token is not this dashboard's");

        await page.GetByTestId("login-token").FillAsync(dashboard.Token);
        await page.GetByTestId("login-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(dashboard.Frontend, "/traces").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Traces" })).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
        await dashboard.DisposeAsync();
        await resourceHost.StopAsync();
        await resourceHost.DisposeAsync();
        folder.Dispose();
    }

    /// <summary>Logs in with the token link the AppHost prints, then waits until the page's circuit is live.</summary>
    private async Task<IPage> LogInAsync(string path)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        await page.GotoAsync(new Uri(dashboard.Frontend, $"/login?t={dashboard.Token}&returnUrl={Uri.EscapeDataString(path)}").ToString());
        await Expect(page.Locator("[data-interactive=true]")).ToBeVisibleAsync(new() { Timeout = (float)UiTimeout.TotalMilliseconds });
        return page;
    }

    /// <summary>
    /// What one CloseMonth call produces, exported by two services' OpenTelemetry SDKs over OTLP/gRPC: finance
    /// handles the call, writes to PostgreSQL and publishes MonthClosed to RabbitMQ; governance consumes it and
    /// writes to its own database. The consumer's parent is the publisher's span, as MassTransit propagates it.
    /// </summary>
    private string ExportMonthClosedTrace()
    {
        using var financeSource = new ActivitySource("Hemit.Finance");
        using var governanceSource = new ActivitySource("Hemit.Governance");
        using var finance = Tracing("finance", financeSource.Name);
        using var governance = Tracing("governance", governanceSource.Name);
        using var financeLogs = LoggerFactory.Create(logging => logging.AddOpenTelemetry(options =>
        {
            options.SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("finance"));
            options.AddOtlpExporter(exporter => exporter.Endpoint = dashboard.OtlpGrpc);
        }));

        string traceId;
        ActivityContext published;
        using (var call = financeSource.StartActivity("POST /hemit.finance.v1.LedgerService/CloseMonth", ActivityKind.Server)!)
        {
            traceId = call.TraceId.ToHexString();
            using (var insert = financeSource.StartActivity("INSERT hemit_finance.month_closings", ActivityKind.Client)!)
            {
                insert.SetTag("db.system.name", "postgresql");
                insert.SetTag("db.query.text", "INSERT INTO month_closings (period) VALUES ($1)");
                Thread.Sleep(5);
            }

            using (var publish = financeSource.StartActivity("hemit.month-closed publish", ActivityKind.Producer)!)
            {
                publish.SetTag("messaging.system", "rabbitmq");
                publish.SetTag("messaging.destination.name", "hemit.month-closed");
                published = publish.Context;
                Thread.Sleep(2);
            }

            financeLogs.CreateLogger("Hemit.Finance.Closing").LogInformation("Month {Period} closed with result {Result}", "2021-10", -3401);
        }

        using (var consume = governanceSource.StartActivity("hemit.month-closed receive", ActivityKind.Consumer, published)!)
        {
            consume.SetTag("messaging.system", "rabbitmq");
            consume.SetTag("messaging.destination.name", "hemit.month-closed");
            using var insert = governanceSource.StartActivity("INSERT hemit_governance.status_inputs", ActivityKind.Client)!;
            insert.SetTag("db.system.name", "postgresql");
            Thread.Sleep(3);
        }

        Assert.True(finance.ForceFlush(10_000));
        Assert.True(governance.ForceFlush(10_000));
        return traceId;
    }

    private TracerProvider Tracing(string serviceName, string sourceName) =>
        Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(serviceName))
            .AddSource(sourceName)
            .AddOtlpExporter(exporter => exporter.Endpoint = dashboard.OtlpGrpc)
            .Build()!;
}
