using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.TestSupport;
using Hemit.TestSupport.Browser;
using Microsoft.Playwright;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>
/// Operations follow one request across services: a call into finance whose event governance consumes over RabbitMQ
/// shows up in the Aspire dashboard, in real headless Chromium, as one trace with spans from both services.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DashboardTraceTests(PlatformStack stack)
{
    private static readonly TimeSpan TelemetryLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Every_resource_is_listed_on_the_dashboard()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        await page.GotoAsync(stack.DashboardLoginUrl.ToString());
        await page.GotoAsync($"{stack.DashboardUrl}/");

        foreach (var resource in new[] { "postgres", "financedb", "hrdb", "servicedeskdb", "projectsdb", "governancedb", "messaging" }.Concat(PlatformStack.Services))
        {
            await Assertions.Expect(page.GetByText(resource, new() { Exact = true }).First)
                .ToBeVisibleAsync(new() { Timeout = (float)TelemetryLimit.TotalMilliseconds });
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("dashboard-resources.png"), FullPage = true });
    }

    [Fact]
    public async Task The_dashboard_takes_telemetry_only_with_the_api_key_the_apphost_gave_the_services()
    {
        var advertised = Hemit.Contracts.Advertising.AdvertisedEndpoints.FromJson(
            await File.ReadAllTextAsync(Path.Combine(stack.DataDirectory, Hemit.Contracts.Advertising.AdvertisedEndpoints.FileName)))!;
        var otlp = advertised.Resources.Single(r => r.Name == "aspire-dashboard").Endpoints["otlp-grpc"];
        var bytes = Marshallers.Create(b => b, b => b);
        var export = new Method<byte[], byte[]>(MethodType.Unary, "opentelemetry.proto.collector.trace.v1.TraceService", "Export", bytes, bytes);
        using var channel = GrpcChannel.ForAddress(otlp);

        var refusal = await Assert.ThrowsAsync<RpcException>(async () =>
            await channel.CreateCallInvoker().AsyncUnaryCall(export, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(20)), []));

        Assert.Equal(StatusCode.Unauthenticated, refusal.StatusCode);
    }

    [Fact]
    public async Task One_call_across_finance_rabbitmq_and_governance_is_one_trace_in_the_dashboard()
    {
        // The test starts the trace itself, so it knows which one to look for.
        var traceId = ActivityTraceId.CreateRandom().ToHexString();
        var traceParent = $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01";
        using (var finance = stack.Channel("finance"))
        {
            await new FinanceService.FinanceServiceClient(finance).ClosePeriodAsync(
                new ClosePeriodRequest { Period = Period.Of(2021, 10) },
                new Metadata { { "traceparent", traceParent } });
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserSession.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        await page.GotoAsync(stack.DashboardLoginUrl.ToString());

        // Telemetry arrives in batches; reload the trace until both services' spans are in.
        var text = await Eventually.ReachAsync(
            async () =>
            {
                await page.GotoAsync($"{stack.DashboardUrl}/traces/detail/{traceId}");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                return await page.InnerTextAsync("body");
            },
            body => body.Contains("finance", StringComparison.Ordinal) && body.Contains("governance", StringComparison.Ordinal)
                && body.Contains("MonthClosed", StringComparison.Ordinal),
            $"trace {traceId} has spans from finance and governance",
            TelemetryLimit);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = BrowserSession.ArtifactPath("dashboard-trace.png"), FullPage = true });

        // The request, the RabbitMQ hop (finance's send, governance's receive) and both databases: one trace.
        Assert.Contains("POST /hemit.finance.v1.FinanceService/ClosePeriod", text);
        Assert.Contains("rabbitmq send", text);
        Assert.Contains("governance-month-closed-handler receive", text);
        Assert.Contains("financedb", text);
        Assert.Contains("governancedb", text);

        // The dashboard keeps this run's telemetry on disk in the data folder, for the next start to show.
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(stack.DataDirectory, "dashboard", "runs"), "dashboard.db", SearchOption.AllDirectories));
    }
}
