using System.Diagnostics;
using System.Globalization;
using System.Net;
using Hemit.Dashboard.Bench;
using Hemit.Dashboard.Configuration;
using Hemit.Dashboard.Extensions;
using Hemit.Dashboard.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

// Trace-list query latency while one OTLP/gRPC exporter sends 10,000 spans a second into a full store.
var options = BenchOptions.Parse(args);
var dataPath = Path.Combine(Path.GetTempPath(), "hemit-dashboard-bench", Guid.NewGuid().ToString("N"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Hemit dashboard benchmark: {options.SpansPerSecond:N0} spans/s from one OTLP/gRPC exporter for {options.Seconds} s; store bound {options.MaxSizeMegabytes} MiB; limit {BenchOptions.Limit.TotalMilliseconds} ms per trace-list query"));

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    ApplicationName = "Hemit.Dashboard",
    Args =
    [
        "--urls=http://127.0.0.1:0",
        $"--{DashboardEndpoints.OtlpGrpcVariable}=http://127.0.0.1:0",
        $"--{DashboardEndpoints.OtlpHttpVariable}=http://127.0.0.1:0",
        $"--Dashboard:Storage:Path={dataPath}",
        $"--Dashboard:Storage:MaxSizeMegabytes={options.MaxSizeMegabytes}",
        "--Dashboard:Frontend:BrowserToken=bench",
        "--Logging:LogLevel:Default=Warning",
    ],
});
builder.AddDashboard();
await using var app = builder.Build();
app.UseDashboard();
await app.StartAsync();
var endpoints = app.Services.GetRequiredService<DashboardEndpoints>();
var store = app.Services.GetRequiredService<TelemetryStore>();

try
{
    if (options.Prefill)
    {
        var filling = Stopwatch.StartNew();
        var traceNumber = 0;
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        while (store.Statistics.BytesOnDisk < store.Statistics.MaxBytes * 0.97 && store.Statistics.DroppedSegments == 0)
        {
            store.AddTraces(SyntheticTraces.Request(traceNumber, 50, start));
            traceNumber += 50;
        }

        var full = store.Statistics;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"prefilled:  {full.SpanCount:N0} spans in {full.TraceCount:N0} traces, {full.BytesOnDisk / 1024.0 / 1024:0.0} MiB on disk, in {filling.Elapsed.TotalSeconds:0.0} s ({full.SpanCount / filling.Elapsed.TotalSeconds:N0} spans/s); {Memory()}"));
    }

    // The same queries on the full store with nothing arriving: what the scan itself costs.
    var quiet = new[]
    {
        (new LatencySamples("quiet: trace list, newest 200"), new TraceQuery { Limit = 200 }),
        (new LatencySamples("quiet: trace list, name + span attribute"), new TraceQuery { NameContains = "month-closed receive", AttributeKey = "hemit.period", AttributeValue = "2021-10", Limit = 200 }),
        (new LatencySamples("quiet: trace list, resource + min duration"), new TraceQuery { ServiceName = "finance", MinDuration = TimeSpan.FromMilliseconds(10), Limit = 200 }),
    };
    for (var round = -3; round < 10; round++)
    {
        foreach (var (samples, query) in quiet)
        {
            var clock = Stopwatch.StartNew();
            store.QueryTraces(query);
            if (round >= 0)
            {
                // The first rounds only warm the JIT up.
                samples.Add(clock.Elapsed);
            }
        }
    }

    var before = store.Statistics;
    using var http = await LoggedInClientAsync(endpoints.BoundAddress(DashboardConnectionType.Frontend));
    var listQuery = new LatencySamples("trace list, newest 200 (Traces page default)");
    var filteredQuery = new LatencySamples("trace list, name + span attribute filter");
    var resourceQuery = new LatencySamples("trace list, resource + min duration filter");
    var page = new LatencySamples("GET /traces (query + server render)");
    using var stop = new CancellationTokenSource();
    var probing = ProbeAsync(stop.Token);

    var produced = ProduceSpans();
    await stop.CancelAsync();
    await probing;

    var after = store.Statistics;
    var received = after.SpansAcceptedSinceStart - before.SpansAcceptedSinceStart;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"live run:   produced {produced.Spans:N0} spans in {produced.Elapsed.TotalSeconds:0.0} s ({produced.Spans / produced.Elapsed.TotalSeconds:N0} spans/s), the dashboard accepted {received:N0}; store now {after.SpanCount:N0} spans in {after.TraceCount:N0} traces, {after.BytesOnDisk / 1024.0 / 1024:0.0} MiB; {after.DroppedSegments - before.DroppedSegments} oldest segments dropped during the run; {Memory()}"));
    Console.WriteLine();
    Console.WriteLine(LatencySamples.Header);
    foreach (var samples in quiet.Select(pair => pair.Item1).Concat([listQuery, filteredQuery, resourceQuery, page]))
    {
        Console.WriteLine(samples.Row());
    }

    var worst = new[] { listQuery, filteredQuery, resourceQuery }.Max(samples => samples.Percentile(99)) / BenchOptions.Limit.TotalMilliseconds;
    Console.WriteLine();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"ratio against the 200 ms limit (worst trace-list p99 / 200 ms): {worst:0.000} -> {(worst < 1 ? "within the bar" : "OVER the bar")}"));
    return worst < 1 ? 0 : 1;

    (long Spans, TimeSpan Elapsed) ProduceSpans()
    {
        using var source = new ActivitySource("Hemit.Bench");
        using var tracing = Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("finance"))
            .AddSource(source.Name)
            .AddOtlpExporter(exporter =>
            {
                exporter.Endpoint = endpoints.BoundAddress(DashboardConnectionType.OtlpGrpc);
                exporter.BatchExportProcessorOptions.MaxQueueSize = 65_536;
            })
            .Build()!;

        var clock = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(options.Seconds);
        long traces = 0;
        while (clock.Elapsed < duration)
        {
            var due = (long)(clock.Elapsed.TotalSeconds * options.SpansPerSecond / SyntheticTraces.SpansPerTrace);
            while (traces < due)
            {
                SyntheticTraces.Emit(source, (int)traces++);
            }

            Thread.Sleep(5);
        }

        tracing.ForceFlush(30_000);
        return (traces * SyntheticTraces.SpansPerTrace, clock.Elapsed);
    }

    async Task ProbeAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        var round = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var query = (round++ % 4) switch
                {
                    0 => (listQuery, new TraceQuery { Limit = 200 }),
                    1 => (filteredQuery, new TraceQuery { NameContains = "month-closed receive", AttributeKey = "hemit.period", AttributeValue = "2021-10", Limit = 200 }),
                    2 => (resourceQuery, new TraceQuery { ServiceName = "finance", MinDuration = TimeSpan.FromMilliseconds(10), Limit = 200 }),
                    _ => (null, null),
                };
                var clock = Stopwatch.StartNew();
                if (query.Item1 is { } samples)
                {
                    store.QueryTraces(query.Item2!);
                    samples.Add(clock.Elapsed);
                }
                else
                {
                    using var response = await http.GetAsync("/traces", cancellationToken);
                    response.EnsureSuccessStatusCode();
                    await response.Content.ReadAsStringAsync(cancellationToken);
                    page.Add(clock.Elapsed);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
finally
{
    await app.StopAsync();
    store.Dispose();
    Directory.Delete(dataPath, recursive: true);
}

static async Task<HttpClient> LoggedInClientAsync(Uri frontend)
{
    var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = frontend };
    using var login = await client.GetAsync("/login?t=bench");
    login.EnsureSuccessStatusCode();
    return client;
}

static string Memory()
{
    GC.Collect();
    return string.Create(CultureInfo.InvariantCulture,
        $"managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024:0} MiB, working set {Environment.WorkingSet / 1024.0 / 1024:0} MiB");
}
