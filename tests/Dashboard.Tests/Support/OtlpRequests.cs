using Google.Protobuf;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Logs.V1;
using OpenTelemetry.Proto.Metrics.V1;
using OpenTelemetry.Proto.Resource.V1;
using OpenTelemetry.Proto.Trace.V1;

namespace Hemit.Dashboard.Tests.Support;

/// <summary>Builds OTLP export requests by hand, the way any SDK's exporter would send them.</summary>
public static class OtlpRequests
{
    public static readonly DateTimeOffset Start = new(2026, 10, 31, 12, 0, 0, TimeSpan.Zero);

    public static ulong Nanos(TimeSpan offset) => (ulong)(Start + offset - DateTimeOffset.UnixEpoch).Ticks * 100;

    public static string TraceId(int number) => number.ToString("x32");

    public static string SpanId(int number) => number.ToString("x16");

    public static Span Span(string traceId, string spanId, string parentSpanId, string name, TimeSpan start, TimeSpan duration,
        Span.Types.SpanKind kind = OpenTelemetry.Proto.Trace.V1.Span.Types.SpanKind.Internal, bool failed = false, params (string Key, string Value)[] attributes)
    {
        var span = new Span
        {
            TraceId = ByteString.CopyFrom(Convert.FromHexString(traceId)),
            SpanId = ByteString.CopyFrom(Convert.FromHexString(spanId)),
            ParentSpanId = parentSpanId.Length == 0 ? ByteString.Empty : ByteString.CopyFrom(Convert.FromHexString(parentSpanId)),
            Name = name,
            Kind = kind,
            StartTimeUnixNano = Nanos(start),
            EndTimeUnixNano = Nanos(start + duration),
            Status = new Status { Code = failed ? Status.Types.StatusCode.Error : Status.Types.StatusCode.Unset },
        };
        span.Attributes.AddRange(attributes.Select(attribute => Text(attribute.Key, attribute.Value)));
        return span;
    }

    public static ExportTraceServiceRequest Traces(string serviceName, params Span[] spans)
    {
        var scope = new ScopeSpans { Scope = new InstrumentationScope { Name = "Hemit.Tests" } };
        scope.Spans.AddRange(spans);
        var resourceSpans = new ResourceSpans { Resource = Resource(serviceName) };
        resourceSpans.ScopeSpans.Add(scope);
        return new ExportTraceServiceRequest { ResourceSpans = { resourceSpans } };
    }

    public static ExportLogsServiceRequest Logs(string serviceName, params LogRecord[] records)
    {
        var scope = new ScopeLogs { Scope = new InstrumentationScope { Name = "Hemit.Finance.Ledger" } };
        scope.LogRecords.AddRange(records);
        var resourceLogs = new ResourceLogs { Resource = Resource(serviceName) };
        resourceLogs.ScopeLogs.Add(scope);
        return new ExportLogsServiceRequest { ResourceLogs = { resourceLogs } };
    }

    public static LogRecord Log(TimeSpan at, SeverityNumber severity, string body, string traceId = "", params (string Key, string Value)[] attributes)
    {
        var record = new LogRecord
        {
            TimeUnixNano = Nanos(at),
            SeverityNumber = severity,
            SeverityText = severity.ToString(),
            Body = new AnyValue { StringValue = body },
            TraceId = traceId.Length == 0 ? ByteString.Empty : ByteString.CopyFrom(Convert.FromHexString(traceId)),
        };
        record.Attributes.AddRange(attributes.Select(attribute => Text(attribute.Key, attribute.Value)));
        return record;
    }

    public static ExportMetricsServiceRequest Gauge(string serviceName, string meter, string name, TimeSpan at, double value)
    {
        var metric = new Metric { Name = name, Unit = "{item}", Gauge = new Gauge() };
        metric.Gauge.DataPoints.Add(new NumberDataPoint { TimeUnixNano = Nanos(at), AsDouble = value });
        return Metrics(serviceName, meter, metric);
    }

    public static ExportMetricsServiceRequest Metrics(string serviceName, string meter, params Metric[] metrics)
    {
        var scope = new ScopeMetrics { Scope = new InstrumentationScope { Name = meter } };
        scope.Metrics.AddRange(metrics);
        var resourceMetrics = new ResourceMetrics { Resource = Resource(serviceName) };
        resourceMetrics.ScopeMetrics.Add(scope);
        return new ExportMetricsServiceRequest { ResourceMetrics = { resourceMetrics } };
    }

    public static Resource Resource(string serviceName) => new() { Attributes = { Text("service.name", serviceName) } };

    public static KeyValue Text(string key, string value) => new() { Key = key, Value = new AnyValue { StringValue = value } };
}
