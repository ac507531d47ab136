using System.Text;
using Google.Protobuf;
using Hemit.Dashboard.Otlp;
using Hemit.Dashboard.Tests.Support;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using static Hemit.Dashboard.Tests.Support.OtlpRequests;
using SpanKind = OpenTelemetry.Proto.Trace.V1.Span.Types.SpanKind;

namespace Hemit.Dashboard.Tests.Otlp;

/// <summary>Decoding OTLP/HTTP bodies, protobuf and JSON, as the specification defines them.</summary>
public sealed class OtlpDecodingTests
{
    private const string TraceJson = """
        {
          "resourceSpans": [{
            "resource": { "attributes": [{ "key": "service.name", "value": { "stringValue": "finance" } }] },
            "scopeSpans": [{
              "scope": { "name": "Hemit.Finance", "version": "1.0.0" },
              "spans": [{
                "traceId": "5B8EFFF798038103D269B633813FC60C",
                "spanId": "eee19b7ec3c1b174",
                "parentSpanId": "eee19b7ec3c1b173",
                "name": "ImportLedgerLines",
                "kind": 2,
                "startTimeUnixNano": "1544712660000000000",
                "endTimeUnixNano": 1544712661000000000,
                "attributes": [
                  { "key": "hemit.rows", "value": { "intValue": "12" } },
                  { "key": "hemit.period", "value": { "stringValue": "2021-10" } }
                ],
                "status": { "code": 2, "message": "3 rows refused" },
                "someFieldFromANewerSpecification": { "nested": true }
              }]
            }]
          }]
        }
        """;

    [Fact]
    public void A_protobuf_trace_body_decodes_to_the_request_that_was_encoded()
    {
        var sent = Traces("finance", Span(TraceId(1), SpanId(2), SpanId(1), "ImportLedgerLines", TimeSpan.Zero, TimeSpan.FromMilliseconds(3), SpanKind.Server,
            attributes: ("hemit.period", "2021-10")));

        var decoded = OtlpHttpEndpoints.Decode(ExportTraceServiceRequest.Parser, "application/x-protobuf", sent.ToByteArray());

        Assert.Equal(sent, decoded);
    }

    [Fact]
    public void A_json_trace_body_decodes_hex_ids_string_encoded_integers_and_integer_enums()
    {
        var decoded = OtlpHttpEndpoints.Decode(ExportTraceServiceRequest.Parser, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(TraceJson));

        var span = decoded.ResourceSpans[0].ScopeSpans[0].Spans[0];
        Assert.Equal("5b8efff798038103d269b633813fc60c", Convert.ToHexStringLower(span.TraceId.Span));
        Assert.Equal("eee19b7ec3c1b174", Convert.ToHexStringLower(span.SpanId.Span));
        Assert.Equal("eee19b7ec3c1b173", Convert.ToHexStringLower(span.ParentSpanId.Span));
        Assert.Equal(SpanKind.Server, span.Kind);
        Assert.Equal(1544712660000000000UL, span.StartTimeUnixNano);
        Assert.Equal(1544712661000000000UL, span.EndTimeUnixNano);
        Assert.Equal(12, span.Attributes[0].Value.IntValue);
        Assert.Equal(OpenTelemetry.Proto.Trace.V1.Status.Types.StatusCode.Error, span.Status.Code);
        Assert.Equal("finance", decoded.ResourceSpans[0].Resource.Attributes[0].Value.StringValue);
    }

    [Fact]
    public void A_json_log_body_decodes_its_body_severity_and_trace_context()
    {
        const string json = """
            {"resourceLogs":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"hrmetrics"}}]},
              "scopeLogs":[{"scope":{"name":"Hemit.HrMetrics.SickLeave"},
                "logRecords":[{"timeUnixNano":"1544712660300000000","severityNumber":17,"severityText":"Error",
                  "body":{"stringValue":"Sick-leave import failed"},"traceId":"5b8efff798038103d269b633813fc60c","spanId":"eee19b7ec3c1b174",
                  "attributes":[{"key":"hemit.file","value":{"stringValue":"prs-2021-10.csv"}}]}]}]}]}
            """;

        var decoded = OtlpHttpEndpoints.Decode(ExportLogsServiceRequest.Parser, "application/json", Encoding.UTF8.GetBytes(json));

        var record = decoded.ResourceLogs[0].ScopeLogs[0].LogRecords[0];
        Assert.Equal("Sick-leave import failed", record.Body.StringValue);
        Assert.Equal(OpenTelemetry.Proto.Logs.V1.SeverityNumber.Error, record.SeverityNumber);
        Assert.Equal("5b8efff798038103d269b633813fc60c", Convert.ToHexStringLower(record.TraceId.Span));
        Assert.Equal(1544712660300000000UL, record.TimeUnixNano);
    }

    [Fact]
    public void A_json_metric_body_decodes_sums_with_their_temporality_and_integer_values()
    {
        const string json = """
            {"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"servicedesk"}}]},
              "scopeMetrics":[{"scope":{"name":"Hemit.ServiceDesk"},
                "metrics":[{"name":"hemit.tickets.imported","unit":"{ticket}",
                  "sum":{"aggregationTemporality":2,"isMonotonic":true,
                    "dataPoints":[{"asInt":"1250","timeUnixNano":"1544712660300000000","attributes":[{"key":"kind","value":{"stringValue":"incident"}}]}]}}]}]}]}
            """;

        var decoded = OtlpHttpEndpoints.Decode(ExportMetricsServiceRequest.Parser, "application/json", Encoding.UTF8.GetBytes(json));

        var sum = decoded.ResourceMetrics[0].ScopeMetrics[0].Metrics[0].Sum;
        Assert.True(sum.IsMonotonic);
        Assert.Equal(OpenTelemetry.Proto.Metrics.V1.AggregationTemporality.Cumulative, sum.AggregationTemporality);
        Assert.Equal(1250, sum.DataPoints[0].AsInt);
    }

    [Fact]
    public void A_json_id_that_is_not_hex_is_refused_naming_where_it_is()
    {
        var json = TraceJson.Replace("eee19b7ec3c1b174", "not-hex-at-all!!", StringComparison.Ordinal);

        var error = Assert.Throws<OtlpFormatException>(() =>
            OtlpHttpEndpoints.Decode(ExportTraceServiceRequest.Parser, "application/json", Encoding.UTF8.GetBytes(json)));

        Assert.Contains("$.resourceSpans[0].scopeSpans[0].spans[0].spanId", error.Message);
        Assert.Contains("not-hex-at-all!!", error.Message);
    }

    [Theory]
    [InlineData("{\"resourceSpans\": [", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"resourceSpans\": 7}", "not an OTLP ExportTraceServiceRequest")]
    public void Malformed_json_is_refused_with_a_reason(string body, string reason)
    {
        var error = Assert.Throws<OtlpFormatException>(() =>
            OtlpHttpEndpoints.Decode(ExportTraceServiceRequest.Parser, "application/json", Encoding.UTF8.GetBytes(body)));

        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Malformed_protobuf_is_refused()
    {
        var error = Assert.Throws<OtlpFormatException>(() =>
            OtlpHttpEndpoints.Decode(ExportTraceServiceRequest.Parser, "application/x-protobuf", [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x01]));

        Assert.Contains("not an OTLP ExportTraceServiceRequest in protobuf", error.Message);
    }

    [Fact]
    public void A_body_of_another_content_type_is_refused_naming_the_accepted_ones()
    {
        var error = Assert.Throws<OtlpFormatException>(() =>
            OtlpHttpEndpoints.Decode(ExportTraceServiceRequest.Parser, "text/plain", "hello"u8));

        Assert.Equal("Content-Type must be application/x-protobuf or application/json, not 'text/plain'.", error.Message);
    }
}
