using Hemit.TestSupport;
using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Hosting.ApplicationModel;
using Hemit.TestSupport.Browser;
using Microsoft.Playwright;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>
/// Operations follow one request across services: a call into finance whose event governance consumes over RabbitMQ
/// shows up in the dashboard, in real headless Chromium, as one trace with spans from both services.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DashboardTraceTests(PlatformStack stack)
{
    private static readonly TimeSpan TelemetryLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task One_call_across_finance_rabbitmq_and_governance_is_one_trace_in_the_dashboard()
    {
        // The test starts the trace itself, so it knows which one to look for.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var traceParent = $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
        using (var finance = GrpcChannel.ForAddress(stack.App.GetEndpoint("finance", ProjectResource.GrpcEndpointName)))
        {
            await new FinanceService.FinanceServiceClient(finance).ClosePeriodAsync(
                new ClosePeriodRequest { Period = Period.Of(2021, 10) },
                new Metadata { { "traceparent", traceParent } });
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var login = stack.App.DashboardLoginUrl ?? throw new InvalidOperationException("The platform was started without its dashboard.");
        await page.GotoAsync(login);
        var dashboard = new Uri(login).GetLeftPart(UriPartial.Authority);

        // Telemetry arrives in batches; reload the trace until both services' spans are in.
        var services = await Eventually.ReachAsync(
            async () =>
            {
                await page.GotoAsync($"{dashboard}/traces/{traceId}");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                return (await page.GetByTestId("trace-detail-service").AllInnerTextsAsync()).Select(s => s.Trim()).ToHashSet();
            },
            found => found.Contains("finance") && found.Contains("governance"),
            $"trace {traceId} has spans from finance and governance",
            TelemetryLimit);

        Assert.Superset(new HashSet<string> { "finance", "governance" }, services);
        Assert.NotEmpty(await page.Locator("[data-testid='span-row'][data-service='finance']").AllAsync());
        Assert.NotEmpty(await page.Locator("[data-testid='span-row'][data-service='governance']").AllAsync());
        // The RabbitMQ hop: MassTransit's publish in finance and its consume in governance are spans of this trace.
        Assert.NotEmpty(await page.GetByTestId("span-tag-messaging").AllAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("platform-trace.png"), FullPage = true });

        await page.GotoAsync($"{dashboard}/consolelogs?resource=finance");
        var lines = page.GetByTestId("console-line");
        await Assertions.Expect(lines.First).ToBeVisibleAsync(new() { Timeout = (float)TelemetryLimit.TotalMilliseconds });
        await Assertions.Expect(page.GetByTestId("console-log")).ToContainTextAsync("Now listening on");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("platform-console-finance.png"), FullPage = true });
    }
}
