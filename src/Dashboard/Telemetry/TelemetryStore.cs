using Google.Protobuf;
using Hemit.Dashboard.Telemetry.Ingest;
using Hemit.Dashboard.Telemetry.Metrics;
using Hemit.Dashboard.Telemetry.Storage;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Proto.Collector.Logs.V1;
using OpenTelemetry.Proto.Collector.Metrics.V1;
using OpenTelemetry.Proto.Collector.Trace.V1;

namespace Hemit.Dashboard.Telemetry;

/// <summary>
/// Every span, log record and metric point the dashboard has received, on disk and in memory alike.
/// Each export request is appended to a segment file before it becomes visible; when the files would pass the
/// size bound, the oldest segment is deleted and everything that arrived in it leaves memory too, so memory
/// follows the bound on disk. Reopening the same folder replays the segments: telemetry survives a restart.
/// Ingest is serialised; queries run in parallel with each other under a read lock.
/// </summary>
public sealed partial class TelemetryStore : IDisposable
{
    private readonly SegmentLog segments;
    private readonly ILogger logger;
    private readonly Lock ingestGate = new();
    private readonly ReaderWriterLockSlim stateLock = new(LockRecursionPolicy.NoRecursion);
    private readonly StringPool pool = new();
    private readonly ResourceRegistry resourceRegistry;
    private readonly OtlpRecordReader reader;

    private readonly Dictionary<string, TraceRecord> traces = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<TraceRecord>> tracesBySegment = [];
    private readonly List<(long Segment, List<LogEntry> Entries)> logChunks = [];
    private readonly Dictionary<(TelemetryResource Resource, string Meter, string Name), MetricInstrument> instruments = [];
    private readonly List<long> droppedScratch = [];
    private TelemetryResource[] resources = [];
    private int spanCount;
    private int logCount;
    private int metricPointCount;
    private long droppedSegmentCount;
    private long spansAccepted;
    private long version;

    public TelemetryStore(TelemetryStoreOptions options, ILogger<TelemetryStore> logger)
    {
        this.logger = logger;
        resourceRegistry = new ResourceRegistry(pool);
        reader = new OtlpRecordReader(pool, resourceRegistry);
        segments = new SegmentLog(System.IO.Path.Combine(options.Path, "telemetry"), options.MaxSizeBytes, logger);
        Replay();
    }

    /// <summary>Grows with every change; a page re-queries when it has moved.</summary>
    public long Version => Interlocked.Read(ref version);

    public IReadOnlyList<TelemetryResource> Resources => Volatile.Read(ref resources);

    /// <summary>The service names seen so far, sorted, for the resource filters.</summary>
    public IReadOnlyList<string> ServiceNames =>
        Resources.Select(resource => resource.ServiceName).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();

    public IngestOutcome AddTraces(ExportTraceServiceRequest request, ReadOnlySpan<byte> encoded = default) =>
        Ingest(TelemetryKind.Traces, request, encoded);

    public IngestOutcome AddLogs(ExportLogsServiceRequest request, ReadOnlySpan<byte> encoded = default) =>
        Ingest(TelemetryKind.Logs, request, encoded);

    public IngestOutcome AddMetrics(ExportMetricsServiceRequest request, ReadOnlySpan<byte> encoded = default) =>
        Ingest(TelemetryKind.Metrics, request, encoded);

    public TelemetryStoreStatistics Statistics
    {
        get
        {
            lock (ingestGate)
            {
                return new TelemetryStoreStatistics(
                    traces.Count, spanCount, logCount, metricPointCount,
                    segments.TotalBytes, segments.MaxBytes, segments.SegmentCount, droppedSegmentCount, spansAccepted);
            }
        }
    }

    /// <summary>Deletes all telemetry, on disk and in memory.</summary>
    public void Clear()
    {
        lock (ingestGate)
        {
            var dropped = segments.Clear();
            WithWriteLock(() =>
            {
                traces.Clear();
                tracesBySegment.Clear();
                logChunks.Clear();
                instruments.Clear();
                spanCount = 0;
                logCount = 0;
                metricPointCount = 0;
                droppedSegmentCount += dropped.Count;
            });
            Interlocked.Increment(ref version);
        }
    }

    public void Dispose()
    {
        lock (ingestGate)
        {
            segments.Dispose();
        }

        stateLock.Dispose();
    }

    /// <summary>
    /// Writes the request to disk (as received when <paramref name="encoded"/> is given, else re-encoded),
    /// then makes its items visible. A request that cannot be written changes nothing.
    /// </summary>
    private IngestOutcome Ingest(TelemetryKind kind, IMessage request, ReadOnlySpan<byte> encoded)
    {
        lock (ingestGate)
        {
            droppedScratch.Clear();
            var segment = encoded.IsEmpty
                ? segments.Append(kind, request.ToByteArray(), droppedScratch)
                : segments.Append(kind, encoded, droppedScratch);
            var outcome = Apply(kind, request, segment, droppedScratch);
            if (kind == TelemetryKind.Traces)
            {
                spansAccepted += outcome.Accepted;
            }

            Interlocked.Increment(ref version);
            return outcome;
        }
    }

    private void Replay()
    {
        lock (ingestGate)
        {
            var dropped = new List<long>();
            var records = 0;
            foreach (var record in segments.ReadExisting(dropped))
            {
                try
                {
                    IMessage request = record.Kind switch
                    {
                        TelemetryKind.Traces => ExportTraceServiceRequest.Parser.ParseFrom(record.Payload),
                        TelemetryKind.Logs => ExportLogsServiceRequest.Parser.ParseFrom(record.Payload),
                        _ => ExportMetricsServiceRequest.Parser.ParseFrom(record.Payload),
                    };
                    Apply(record.Kind, request, record.Segment, []);
                    records++;
                }
                catch (InvalidProtocolBufferException exception)
                {
                    logger.LogWarning(exception, "A stored {Kind} record in segment {Segment} could not be decoded and is skipped.", record.Kind, record.Segment);
                }
            }

            droppedSegmentCount += dropped.Count;
            if (records > 0)
            {
                logger.LogInformation(
                    "Telemetry store reopened: {Records} export requests replayed, {Spans} spans, {Logs} log records, {Points} metric points, {Bytes} bytes on disk.",
                    records, spanCount, logCount, metricPointCount, segments.TotalBytes);
            }
        }
    }

    /// <summary>Reads the request's items, drops what the dropped segments held, adds the new items. Called under the ingest gate.</summary>
    private IngestOutcome Apply(TelemetryKind kind, IMessage request, long segment, List<long> droppedSegments)
    {
        IngestOutcome outcome;
        switch (kind)
        {
            case TelemetryKind.Traces:
                var spans = new List<SpanRecord>();
                outcome = reader.ReadSpans((ExportTraceServiceRequest)request, segment, spans);
                WithWriteLock(() =>
                {
                    Drop(droppedSegments);
                    AddSpans(spans, segment);
                });
                break;
            case TelemetryKind.Logs:
                var logs = new List<LogEntry>();
                outcome = reader.ReadLogs((ExportLogsServiceRequest)request, segment, logs);
                WithWriteLock(() =>
                {
                    Drop(droppedSegments);
                    AddLogEntries(logs, segment);
                });
                break;
            default:
                var samples = new List<MetricSample>();
                outcome = reader.ReadMetrics((ExportMetricsServiceRequest)request, segment, samples);
                WithWriteLock(() =>
                {
                    Drop(droppedSegments);
                    AddMetricSamples(samples);
                });
                break;
        }

        if (resourceRegistry.All.Count != resources.Length)
        {
            Volatile.Write(ref resources, resourceRegistry.All.OrderBy(resource => resource.DisplayName, StringComparer.OrdinalIgnoreCase).ToArray());
        }

        return outcome;
    }

    private void AddSpans(List<SpanRecord> spans, long segment)
    {
        if (spans.Count == 0)
        {
            return;
        }

        if (!tracesBySegment.TryGetValue(segment, out var touched))
        {
            touched = [];
            tracesBySegment.Add(segment, touched);
        }

        TraceRecord? last = null;
        foreach (var span in spans)
        {
            if (last is null || last.TraceId != span.TraceId)
            {
                if (!traces.TryGetValue(span.TraceId, out last))
                {
                    last = new TraceRecord(span.TraceId);
                    traces.Add(span.TraceId, last);
                }

                touched.Add(last);
            }

            last.Add(span);
        }

        spanCount += spans.Count;
    }

    private void AddLogEntries(List<LogEntry> logs, long segment)
    {
        if (logs.Count == 0)
        {
            return;
        }

        if (logChunks.Count > 0 && logChunks[^1].Segment == segment)
        {
            logChunks[^1].Entries.AddRange(logs);
        }
        else
        {
            logChunks.Add((segment, logs));
        }

        logCount += logs.Count;
    }

    private void AddMetricSamples(List<MetricSample> samples)
    {
        foreach (var sample in samples)
        {
            var key = (sample.Resource, sample.MeterName, sample.InstrumentName);
            if (!instruments.TryGetValue(key, out var instrument))
            {
                instrument = new MetricInstrument(sample.Resource, sample.MeterName, sample.InstrumentName);
                instruments.Add(key, instrument);
            }

            instrument.Description = sample.Description;
            instrument.Unit = sample.Unit;
            instrument.Kind = sample.Kind;
            instrument.IsCumulative = sample.IsCumulative;
            if (!instrument.Series.TryGetValue(sample.SeriesLabel, out var series))
            {
                series = new MetricSeries(sample.SeriesLabel, sample.Attributes);
                instrument.Series.Add(sample.SeriesLabel, series);
            }

            series.Points.Add(sample.Point);
        }

        metricPointCount += samples.Count;
    }

    /// <summary>Removes from memory everything that arrived in the given (deleted) segments. Called under the write lock.</summary>
    private void Drop(List<long> droppedSegments)
    {
        if (droppedSegments.Count == 0)
        {
            return;
        }

        var upTo = droppedSegments.Max();
        droppedSegmentCount += droppedSegments.Count;

        foreach (var segment in droppedSegments)
        {
            if (!tracesBySegment.Remove(segment, out var touched))
            {
                continue;
            }

            foreach (var trace in touched)
            {
                var before = trace.Spans.Count;
                var empty = trace.DropUpTo(upTo);
                spanCount -= before - trace.Spans.Count;
                if (empty)
                {
                    traces.Remove(trace.TraceId);
                }
            }
        }

        while (logChunks.Count > 0 && logChunks[0].Segment <= upTo)
        {
            logCount -= logChunks[0].Entries.Count;
            logChunks.RemoveAt(0);
        }

        List<(TelemetryResource, string, string)>? emptyInstruments = null;
        foreach (var (key, instrument) in instruments)
        {
            foreach (var series in instrument.Series.Values)
            {
                var before = series.Points.Count;
                series.DropUpTo(upTo);
                metricPointCount -= before - series.Points.Count;
            }

            foreach (var label in instrument.Series.Where(pair => pair.Value.Points.Count == 0).Select(pair => pair.Key).ToList())
            {
                instrument.Series.Remove(label);
            }

            if (instrument.Series.Count == 0)
            {
                (emptyInstruments ??= []).Add(key);
            }
        }

        foreach (var key in emptyInstruments ?? [])
        {
            instruments.Remove(key);
        }
    }

    private void WithWriteLock(Action change)
    {
        stateLock.EnterWriteLock();
        try
        {
            change();
        }
        finally
        {
            stateLock.ExitWriteLock();
        }
    }

    private T WithReadLock<T>(Func<T> query)
    {
        stateLock.EnterReadLock();
        try
        {
            return query();
        }
        finally
        {
            stateLock.ExitReadLock();
        }
    }
}
