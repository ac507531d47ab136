using Hemit.TestSupport;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Hemit.Dashboard.Telemetry;
using Hemit.Dashboard.Tests.Support;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using static Hemit.Dashboard.Tests.Support.OtlpRequests;

namespace Hemit.Dashboard.Tests.Otlp;

/// <summary>
/// The dashboard's OTLP receivers over the wire: the real OpenTelemetry .NET SDK exporter over gRPC and
/// HTTP/protobuf, hand-written JSON as other SDKs send it, and the API key and listener rules.
/// </summary>
public sealed class OtlpReceiverTests : IAsyncLifetime
{
    private readonly TemporaryDataFolder folder = new();
    private InProcessDashboard dashboard = null!;

    public async Task InitializeAsync() => dashboard = await InProcessDashboard.StartAsync(folder.Path);

    [Theory]
    [InlineData(OtlpExportProtocol.Grpc)]
    [InlineData(OtlpExportProtocol.HttpProtobuf)]
    public void Spans_exported_by_the_OpenTelemetry_sdk_arrive_with_ids_parents_kind_and_attributes(OtlpExportProtocol protocol)
    {
        using var source = new ActivitySource($"Hemit.Tests.{protocol}");
        string traceId;
        string parentId;
        using (var provider = TracerProvider(source.Name, "finance", protocol))
        {
            using (var parent = source.StartActivity("ImportLedgerLines", ActivityKind.Server)!)
            {
                traceId = parent.TraceId.ToHexString();
                parentId = parent.SpanId.ToHexString();
                using var insert = source.StartActivity("INSERT ledger_lines", ActivityKind.Client)!;
                insert.SetTag("db.system", "postgresql");
                insert.SetTag("hemit.rows", 12);
            }

            Assert.True(provider.ForceFlush(10_000));
        }

        var trace = dashboard.Store.GetTrace(traceId);
        Assert.NotNull(trace);
        var child = Assert.Single(trace.Spans, span => span.Name == "INSERT ledger_lines");
        Assert.Equal(parentId, child.ParentSpanId);
        Assert.Equal(SpanKindName.Client, child.Kind);
        Assert.Equal("finance", child.Resource.ServiceName);
        Assert.Equal("postgresql", child.DatabaseSystem);
        Assert.Equal("12", child.Attribute("hemit.rows"));
    }

    [Fact]
    public async Task Logs_and_metrics_exported_by_the_OpenTelemetry_sdk_over_grpc_arrive()
    {
        using (var loggers = LoggerFactory.Create(logging => logging.AddOpenTelemetry(options =>
        {
            options.SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("hrmetrics"));
            options.AddOtlpExporter(exporter => exporter.Endpoint = dashboard.OtlpGrpc);
        })))
        {
            loggers.CreateLogger("Hemit.HrMetrics.SickLeave").LogWarning("Sick leave for {Period} is {Percent} %", "2021-10", 5.4m);
        }

        using var meter = new Meter("Hemit.HrMetrics");
        using (Sdk.CreateMeterProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService("hrmetrics"))
            .AddMeter(meter.Name)
            .AddOtlpExporter(exporter => exporter.Endpoint = dashboard.OtlpGrpc)
            .Build())
        {
            meter.CreateCounter<long>("hemit.sickleave.imported_rows").Add(12);
        }

        var log = Assert.Single(dashboard.Store.QueryLogs(new LogQuery { ServiceName = "hrmetrics" }).Entries);
        Assert.Equal("Sick leave for 2021-10 is 5.4 %", log.Body);
        Assert.Equal(LogLevelName.Warning, log.Level);
        Assert.Equal("Hemit.HrMetrics.SickLeave", log.ScopeName);
        Assert.Contains(log.Attributes, pair => pair is { Key: "Period", Value: "2021-10" });

        var instrument = Assert.Single(dashboard.Store.GetMetricCatalog(), entry => entry.InstrumentName == "hemit.sickleave.imported_rows");
        Assert.Equal(Hemit.Dashboard.Telemetry.Metrics.MetricKind.Counter, instrument.Kind);
        var chart = dashboard.Store.GetMetricChart(instrument.ResourceName, "Hemit.HrMetrics", instrument.InstrumentName, TimeSpan.FromHours(1), DateTimeOffset.UtcNow.AddMinutes(1));
        Assert.Equal(12, Assert.Single(chart!.Lines).Points[^1].Value);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_json_export_over_http_is_stored_and_answered_in_json()
    {
        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttp };
        var json = $$$"""
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"projects"}}]},
              "scopeSpans":[{"spans":[{"traceId":"{{{TraceId(42)}}}","spanId":"{{{SpanId(1)}}}","name":"GetPortfolio","kind":2,
                "startTimeUnixNano":"{{{Nanos(TimeSpan.Zero)}}}","endTimeUnixNano":"{{{Nanos(TimeSpan.FromMilliseconds(9))}}}"}]}]}]}
            """;

        using var response = await http.PostAsync("/v1/traces", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{ }", await response.Content.ReadAsStringAsync());
        var span = Assert.Single(dashboard.Store.GetTrace(TraceId(42))!.Spans);
        Assert.Equal("GetPortfolio", span.Name);
        Assert.Equal(TimeSpan.FromMilliseconds(9), span.Duration);
    }

    [Fact]
    public async Task A_gzip_compressed_protobuf_export_over_http_is_stored()
    {
        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttp };
        var request = Traces("governance", Span(TraceId(43), SpanId(1), "", "CompileStatusReport", TimeSpan.Zero, TimeSpan.FromMilliseconds(2)));
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            request.WriteTo(gzip);
        }

        var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        content.Headers.ContentEncoding.Add("gzip");

        using var response = await http.PostAsync("/v1/traces", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CompileStatusReport", Assert.Single(dashboard.Store.GetTrace(TraceId(43))!.Spans).Name);
    }

    [Fact]
    public async Task A_bad_json_export_over_http_gets_400_with_the_reason_and_stores_nothing()
    {
        using var http = new HttpClient { BaseAddress = dashboard.OtlpHttp };

        using var response = await http.PostAsync("/v1/traces", new StringContent("""{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"xyz"}]}]}]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("traceId must be a hex string", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, dashboard.Store.Statistics.SpanCount);
    }

    [Fact]
    public async Task A_grpc_export_with_a_malformed_span_reports_it_as_a_partial_success()
    {
        using var channel = GrpcChannel.ForAddress(dashboard.OtlpGrpc);
        var client = new TraceService.TraceServiceClient(channel);
        var request = Traces("finance",
            Span(TraceId(5), SpanId(1), "", "good", TimeSpan.Zero, TimeSpan.FromMilliseconds(1)),
            Span(TraceId(5), SpanId(2), "", "no span id", TimeSpan.Zero, TimeSpan.FromMilliseconds(1)));
        request.ResourceSpans[0].ScopeSpans[0].Spans[1].SpanId = ByteString.Empty;

        var response = await client.ExportAsync(request);

        Assert.Equal(1, response.PartialSuccess.RejectedSpans);
        Assert.Contains("span 'no span id' has a span_id of 0 bytes", response.PartialSuccess.ErrorMessage);
        Assert.Equal("good", Assert.Single(dashboard.Store.GetTrace(TraceId(5))!.Spans).Name);
    }

    [Fact]
    public async Task Otlp_paths_are_not_served_on_the_ui_port_and_ui_pages_not_on_the_otlp_port()
    {
        using var ui = new HttpClient { BaseAddress = dashboard.Frontend };
        using var otlp = new HttpClient { BaseAddress = dashboard.OtlpHttp };

        using var onUi = await ui.PostAsync("/v1/traces", new StringContent("{}", Encoding.UTF8, "application/json"));
        using var onOtlp = await otlp.GetAsync("/login");

        Assert.Equal(HttpStatusCode.NotFound, onUi.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, onOtlp.StatusCode);
    }

    public async Task DisposeAsync()
    {
        await dashboard.DisposeAsync();
        folder.Dispose();
    }

    private TracerProvider TracerProvider(string sourceName, string serviceName, OtlpExportProtocol protocol) =>
        Sdk.CreateTracerProviderBuilder()
            .SetResourceBuilder(ResourceBuilder.CreateEmpty().AddService(serviceName))
            .AddSource(sourceName)
            .AddOtlpExporter(exporter =>
            {
                exporter.Protocol = protocol;
                exporter.Endpoint = protocol == OtlpExportProtocol.Grpc ? dashboard.OtlpGrpc : new Uri(dashboard.OtlpHttp, "/v1/traces");
            })
            .Build()!;
}
