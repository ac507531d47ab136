using System.Globalization;
using Google.Protobuf.Collections;
using Hemit.Dashboard.Telemetry.Metrics;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Metrics.V1;
using ProtoSpan = OpenTelemetry.Proto.Trace.V1.Span;
using ProtoStatus = OpenTelemetry.Proto.Trace.V1.Status;

namespace Hemit.Dashboard.Telemetry.Ingest;

/// <summary>
/// Turns decoded OTLP export requests into the dashboard's records, refusing items the specification calls
/// invalid (a trace id that is not 16 non-zero bytes, a span id that is not 8). Used only on the ingest path.
/// </summary>
internal sealed class OtlpRecordReader(StringPool pool, ResourceRegistry resources)
{
    private Google.Protobuf.ByteString? lastTraceIdBytes;
    private string lastTraceId = "";

    public IngestOutcome ReadSpans(ExportTraceServiceRequest request, long segment, List<SpanRecord> spans)
    {
        var rejected = 0;
        var reason = "";
        foreach (var resourceSpans in request.ResourceSpans)
        {
            var resource = resources.Resolve(resourceSpans.Resource);
            foreach (var scopeSpans in resourceSpans.ScopeSpans)
            {
                var scopeName = pool.Intern(scopeSpans.Scope?.Name ?? "");
                foreach (var span in scopeSpans.Spans)
                {
                    var problem = Validate(span);
                    if (problem is not null)
                    {
                        rejected++;
                        reason = reason.Length == 0 ? problem : reason;
                        continue;
                    }

                    spans.Add(ToRecord(span, resource, scopeName, segment));
                }
            }
        }

        return new IngestOutcome(spans.Count, rejected, reason);
    }

    public IngestOutcome ReadLogs(ExportLogsServiceRequest request, long segment, List<LogEntry> logs)
    {
        var rejected = 0;
        var reason = "";
        foreach (var resourceLogs in request.ResourceLogs)
        {
            var resource = resources.Resolve(resourceLogs.Resource);
            foreach (var scopeLogs in resourceLogs.ScopeLogs)
            {
                var scopeName = pool.Intern(scopeLogs.Scope?.Name ?? "");
                foreach (var log in scopeLogs.LogRecords)
                {
                    if (log.TraceId.Length is not (0 or OtlpIds.TraceIdBytes) || log.SpanId.Length is not (0 or OtlpIds.SpanIdBytes))
                    {
                        rejected++;
                        reason = reason.Length == 0
                            ? $"log record has a trace_id of {log.TraceId.Length} bytes and a span_id of {log.SpanId.Length} bytes; OTLP requires 16 and 8 bytes, or none"
                            : reason;
                        continue;
                    }

                    var attributes = AnyValueText.Format(log.Attributes, pool);
                    logs.Add(new LogEntry
                    {
                        TimeUnixNano = log.TimeUnixNano != 0 ? log.TimeUnixNano : log.ObservedTimeUnixNano,
                        SeverityNumber = (int)log.SeverityNumber,
                        SeverityText = pool.Intern(log.SeverityText),
                        Body = MessageTemplate.Render(AnyValueText.Format(log.Body), attributes),
                        Attributes = attributes,
                        TraceId = OtlpIds.ToHex(log.TraceId),
                        SpanId = OtlpIds.ToHex(log.SpanId),
                        EventName = pool.Intern(log.EventName),
                        ScopeName = scopeName,
                        Resource = resource,
                        Segment = segment,
                    });
                }
            }
        }

        return new IngestOutcome(logs.Count, rejected, reason);
    }

    public IngestOutcome ReadMetrics(ExportMetricsServiceRequest request, long segment, List<MetricSample> samples)
    {
        var rejected = 0;
        var reason = "";
        foreach (var resourceMetrics in request.ResourceMetrics)
        {
            var resource = resources.Resolve(resourceMetrics.Resource);
            foreach (var scopeMetrics in resourceMetrics.ScopeMetrics)
            {
                var meterName = pool.Intern(scopeMetrics.Scope?.Name ?? "");
                foreach (var metric in scopeMetrics.Metrics)
                {
                    if (string.IsNullOrEmpty(metric.Name))
                    {
                        rejected += CountPoints(metric);
                        reason = reason.Length == 0 ? "metric without a name" : reason;
                        continue;
                    }

                    ReadMetric(metric, resource, meterName, segment, samples);
                }
            }
        }

        return new IngestOutcome(samples.Count, rejected, reason);
    }

    private void ReadMetric(Metric metric, TelemetryResource resource, string meterName, long segment, List<MetricSample> samples)
    {
        var name = pool.Intern(metric.Name);
        var description = pool.Intern(metric.Description);
        var unit = pool.Intern(metric.Unit);

        void AddNumbers(RepeatedField<NumberDataPoint> points, MetricKind kind, bool cumulative)
        {
            foreach (var point in points)
            {
                var attributes = AnyValueText.Format(point.Attributes, pool);
                samples.Add(new MetricSample(resource, meterName, name, description, unit, kind, cumulative, SeriesLabel(attributes), attributes,
                    new MetricPoint
                    {
                        TimeUnixNano = point.TimeUnixNano,
                        StartTimeUnixNano = point.StartTimeUnixNano,
                        Value = point.ValueCase == NumberDataPoint.ValueOneofCase.AsInt ? point.AsInt : point.AsDouble,
                        Segment = segment,
                    }));
            }
        }

        switch (metric.DataCase)
        {
            case Metric.DataOneofCase.Gauge:
                AddNumbers(metric.Gauge.DataPoints, MetricKind.Gauge, cumulative: false);
                break;
            case Metric.DataOneofCase.Sum:
                AddNumbers(
                    metric.Sum.DataPoints,
                    metric.Sum.IsMonotonic ? MetricKind.Counter : MetricKind.UpDownCounter,
                    metric.Sum.AggregationTemporality == AggregationTemporality.Cumulative);
                break;
            case Metric.DataOneofCase.Histogram:
                foreach (var point in metric.Histogram.DataPoints)
                {
                    var attributes = AnyValueText.Format(point.Attributes, pool);
                    samples.Add(new MetricSample(resource, meterName, name, description, unit, MetricKind.Histogram,
                        metric.Histogram.AggregationTemporality == AggregationTemporality.Cumulative, SeriesLabel(attributes), attributes,
                        new MetricPoint
                        {
                            TimeUnixNano = point.TimeUnixNano,
                            StartTimeUnixNano = point.StartTimeUnixNano,
                            Count = point.Count,
                            Sum = point.HasSum ? point.Sum : 0,
                            ExplicitBounds = [.. point.ExplicitBounds],
                            BucketCounts = [.. point.BucketCounts],
                            Min = point.HasMin ? point.Min : null,
                            Max = point.HasMax ? point.Max : null,
                            Segment = segment,
                        }));
                }

                break;
            case Metric.DataOneofCase.ExponentialHistogram:
                foreach (var point in metric.ExponentialHistogram.DataPoints)
                {
                    var attributes = AnyValueText.Format(point.Attributes, pool);
                    var (bounds, counts) = ToExplicitBuckets(point);
                    samples.Add(new MetricSample(resource, meterName, name, description, unit, MetricKind.Histogram,
                        metric.ExponentialHistogram.AggregationTemporality == AggregationTemporality.Cumulative, SeriesLabel(attributes), attributes,
                        new MetricPoint
                        {
                            TimeUnixNano = point.TimeUnixNano,
                            StartTimeUnixNano = point.StartTimeUnixNano,
                            Count = point.Count,
                            Sum = point.HasSum ? point.Sum : 0,
                            ExplicitBounds = bounds,
                            BucketCounts = counts,
                            Min = point.HasMin ? point.Min : null,
                            Max = point.HasMax ? point.Max : null,
                            Segment = segment,
                        }));
                }

                break;
            case Metric.DataOneofCase.Summary:
                foreach (var point in metric.Summary.DataPoints)
                {
                    var attributes = AnyValueText.Format(point.Attributes, pool);
                    foreach (var quantile in point.QuantileValues)
                    {
                        var label = SeriesLabel(attributes);
                        var quantileLabel = "quantile=" + quantile.Quantile.ToString(CultureInfo.InvariantCulture);
                        samples.Add(new MetricSample(resource, meterName, name, description, unit, MetricKind.Summary, IsCumulative: false,
                            label.Length == 0 ? quantileLabel : label + ", " + quantileLabel, attributes,
                            new MetricPoint
                            {
                                TimeUnixNano = point.TimeUnixNano,
                                StartTimeUnixNano = point.StartTimeUnixNano,
                                Value = quantile.Value,
                                Segment = segment,
                            }));
                    }
                }

                break;
        }
    }

    private SpanRecord ToRecord(ProtoSpan span, TelemetryResource resource, string scopeName, long segment)
    {
        var events = span.Events.Count == 0 ? [] : new SpanEventRecord[span.Events.Count];
        for (var index = 0; index < events.Length; index++)
        {
            var spanEvent = span.Events[index];
            events[index] = new SpanEventRecord(spanEvent.TimeUnixNano, pool.Intern(spanEvent.Name), AnyValueText.Format(spanEvent.Attributes, pool));
        }

        var links = span.Links.Count == 0 ? [] : new SpanLinkRecord[span.Links.Count];
        for (var index = 0; index < links.Length; index++)
        {
            var link = span.Links[index];
            links[index] = new SpanLinkRecord(OtlpIds.ToHex(link.TraceId), OtlpIds.ToHex(link.SpanId), AnyValueText.Format(link.Attributes, pool));
        }

        return new SpanRecord
        {
            TraceId = SharedTraceId(span.TraceId),
            SpanId = OtlpIds.ToHex(span.SpanId),
            ParentSpanId = OtlpIds.ToHex(span.ParentSpanId),
            Name = pool.Intern(span.Name),
            Kind = (SpanKindName)(int)span.Kind,
            StartUnixNano = span.StartTimeUnixNano,
            EndUnixNano = span.EndTimeUnixNano,
            Status = span.Status?.Code switch
            {
                ProtoStatus.Types.StatusCode.Ok => SpanStatus.Ok,
                ProtoStatus.Types.StatusCode.Error => SpanStatus.Error,
                _ => SpanStatus.Unset,
            },
            StatusMessage = span.Status?.Message ?? "",
            Attributes = AnyValueText.Format(span.Attributes, pool),
            Events = events,
            Links = links,
            Resource = resource,
            ScopeName = scopeName,
            Segment = segment,
        };
    }

    /// <summary>Spans of one trace usually arrive together; they share one id string instead of one each.</summary>
    private string SharedTraceId(Google.Protobuf.ByteString traceId)
    {
        if (lastTraceIdBytes is null || !lastTraceIdBytes.Equals(traceId))
        {
            lastTraceIdBytes = traceId;
            lastTraceId = OtlpIds.ToHex(traceId);
        }

        return lastTraceId;
    }

    private static string? Validate(ProtoSpan span)
    {
        if (!OtlpIds.IsValid(span.TraceId, OtlpIds.TraceIdBytes))
        {
            return $"span '{span.Name}' has a trace_id of {span.TraceId.Length} bytes; OTLP requires 16 bytes, not all zero";
        }

        if (!OtlpIds.IsValid(span.SpanId, OtlpIds.SpanIdBytes))
        {
            return $"span '{span.Name}' has a span_id of {span.SpanId.Length} bytes; OTLP requires 8 bytes, not all zero";
        }

        if (span.ParentSpanId.Length is not (0 or OtlpIds.SpanIdBytes))
        {
            return $"span '{span.Name}' has a parent_span_id of {span.ParentSpanId.Length} bytes; OTLP requires 8 bytes or none";
        }

        return null;
    }

    private static string SeriesLabel(KeyValuePair<string, string>[] attributes)
    {
        if (attributes.Length == 0)
        {
            return "";
        }

        return string.Join(", ", attributes.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key + "=" + pair.Value));
    }

    private static int CountPoints(Metric metric) => metric.DataCase switch
    {
        Metric.DataOneofCase.Gauge => metric.Gauge.DataPoints.Count,
        Metric.DataOneofCase.Sum => metric.Sum.DataPoints.Count,
        Metric.DataOneofCase.Histogram => metric.Histogram.DataPoints.Count,
        Metric.DataOneofCase.ExponentialHistogram => metric.ExponentialHistogram.DataPoints.Count,
        Metric.DataOneofCase.Summary => metric.Summary.DataPoints.Count,
        _ => 0,
    };

    /// <summary>
    /// Base-2 exponential buckets as explicit upper bounds: bucket i holds (base^i, base^(i+1)] with
    /// base = 2^(2^-scale). Zero and negative values are counted in the first bucket.
    /// </summary>
    private static (double[] Bounds, ulong[] Counts) ToExplicitBuckets(ExponentialHistogramDataPoint point)
    {
        var positive = point.Positive;
        var bucketCount = positive?.BucketCounts.Count ?? 0;
        var growth = Math.Pow(2, Math.Pow(2, -point.Scale));
        var offset = positive?.Offset ?? 0;
        var bounds = new double[bucketCount + 1];
        var counts = new ulong[bucketCount + 2];
        for (var index = 0; index <= bucketCount; index++)
        {
            bounds[index] = Math.Pow(growth, offset + index);
        }

        ulong negative = 0;
        foreach (var count in point.Negative?.BucketCounts ?? [])
        {
            negative += count;
        }

        counts[0] = point.ZeroCount + negative;
        for (var index = 0; index < bucketCount; index++)
        {
            counts[index + 1] = positive!.BucketCounts[index];
        }

        return (bounds, counts);
    }
}
