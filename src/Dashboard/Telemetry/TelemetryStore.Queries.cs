using Hemit.Dashboard.Telemetry.Metrics;

namespace Hemit.Dashboard.Telemetry;

public sealed partial class TelemetryStore
{
    private const int MaxChartPointsPerLine = 400;

    /// <summary>The newest traces (by start time) that match every filter of <paramref name="query"/>, and how many matched.</summary>
    public TraceListResult QueryTraces(TraceQuery query) => WithReadLock(() =>
    {
        var limit = Math.Max(1, query.Limit);
        var newest = new PriorityQueue<TraceRecord, ulong>(limit + 1);
        var matches = 0;
        var filter = new TraceFilter(query);
        foreach (var trace in traces.Values)
        {
            if (!Matches(trace, filter))
            {
                continue;
            }

            matches++;
            if (newest.Count < limit)
            {
                newest.Enqueue(trace, trace.StartUnixNano);
            }
            else if (newest.TryPeek(out _, out var oldestKept) && trace.StartUnixNano > oldestKept)
            {
                newest.EnqueueDequeue(trace, trace.StartUnixNano);
            }
        }

        var rows = new List<TraceSummary>(newest.Count);
        while (newest.TryDequeue(out var trace, out _))
        {
            rows.Add(Summarise(trace));
        }

        rows.Reverse();
        return new TraceListResult(rows, matches);
    });

    /// <summary>Every span of one trace, or null when the trace is unknown (never received, or dropped).</summary>
    public TraceDetail? GetTrace(string traceId) => WithReadLock(() =>
        traces.TryGetValue(traceId.Trim().ToLowerInvariant(), out var trace) ? new TraceDetail(trace.TraceId, trace.Spans.ToList()) : null);

    /// <summary>The newest log records (by timestamp) that match every filter, newest first, and how many matched.</summary>
    public LogListResult QueryLogs(LogQuery query) => WithReadLock(() =>
    {
        var limit = Math.Max(1, query.Limit);
        var newest = new PriorityQueue<LogEntry, ulong>(limit + 1);
        var matches = 0;
        foreach (var (_, entries) in logChunks)
        {
            foreach (var entry in entries)
            {
                if (!Matches(entry, query))
                {
                    continue;
                }

                matches++;
                if (newest.Count < limit)
                {
                    newest.Enqueue(entry, entry.TimeUnixNano);
                }
                else if (newest.TryPeek(out _, out var oldestKept) && entry.TimeUnixNano > oldestKept)
                {
                    newest.EnqueueDequeue(entry, entry.TimeUnixNano);
                }
            }
        }

        var rows = new List<LogEntry>(newest.Count);
        while (newest.TryDequeue(out var entry, out _))
        {
            rows.Add(entry);
        }

        rows.Reverse();
        return new LogListResult(rows, matches);
    });

    /// <summary>Every instrument, optionally of one resource, ordered resource → meter → instrument.</summary>
    public IReadOnlyList<MetricCatalogEntry> GetMetricCatalog() => WithReadLock(() =>
        instruments.Values
            .Select(Describe)
            .OrderBy(entry => entry.ResourceName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(entry => entry.MeterName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(entry => entry.InstrumentName, StringComparer.OrdinalIgnoreCase)
            .ToList());

    /// <summary>
    /// The chart of one instrument over the window ending now: one line per attribute set; for a histogram,
    /// its p50, p90 and p99 per interval. Null when the instrument is unknown.
    /// </summary>
    public MetricChart? GetMetricChart(string resourceName, string meterName, string instrumentName, TimeSpan window, DateTimeOffset now) => WithReadLock(() =>
    {
        var instrument = instruments.Values.FirstOrDefault(candidate =>
            candidate.Resource.DisplayName == resourceName && candidate.MeterName == meterName && candidate.Name == instrumentName);
        if (instrument is null)
        {
            return null;
        }

        var from = UnixNano.FromDateTimeOffset(now - window);
        var lines = new List<ChartLine>();
        foreach (var series in instrument.Series.Values.OrderBy(series => series.Label, StringComparer.Ordinal))
        {
            var label = series.Label.Length == 0 ? instrument.Name : series.Label;
            if (instrument.Kind == MetricKind.Histogram)
            {
                lines.AddRange(HistogramLines(series, label, instrument.IsCumulative, from));
            }
            else
            {
                var points = series.Points.Where(point => point.TimeUnixNano >= from).Select(point => new ChartPoint(point.Time, point.Value)).ToList();
                if (points.Count > 0)
                {
                    lines.Add(new ChartLine(label, Thin(points)));
                }
            }
        }

        return new MetricChart(Describe(instrument), lines);
    });

    private static bool Matches(TraceRecord trace, TraceFilter filter)
    {
        if (trace.SpanCount == 0)
        {
            return false;
        }

        if (filter.MinDurationTicks > 0 && trace.Duration.Ticks < filter.MinDurationTicks)
        {
            return false;
        }

        switch (filter.Status)
        {
            case TraceStatusFilter.Error when trace.ErrorCount == 0:
            case TraceStatusFilter.Ok when trace.ErrorCount > 0:
                return false;
        }

        if (filter.ServiceName is not null && !trace.HasResource(filter.ServiceName))
        {
            return false;
        }

        if (filter.AttributeFingerprint is { } fingerprint && !trace.MayHaveAttribute(fingerprint))
        {
            return false;
        }

        return filter.NameContains is null || filter.AnyNameMatches(trace.Names);
    }

    /// <summary>One query's filters, prepared once: trimmed texts, the attribute fingerprint, and span-name answers remembered per name.</summary>
    private sealed class TraceFilter
    {
        private readonly Dictionary<string, bool> nameAnswers = new(ReferenceEqualityComparer.Instance);

        public TraceFilter(TraceQuery query)
        {
            MinDurationTicks = query.MinDuration?.Ticks ?? 0;
            Status = query.Status;
            ServiceName = string.IsNullOrWhiteSpace(query.ServiceName) ? null : query.ServiceName.Trim();
            NameContains = string.IsNullOrWhiteSpace(query.NameContains) ? null : query.NameContains.Trim();
            if (!string.IsNullOrWhiteSpace(query.AttributeKey))
            {
                var key = query.AttributeKey.Trim();
                var value = query.AttributeValue?.Trim() ?? "";
                AttributeFingerprint = value.Length == 0 ? AttributeHash.OfKey(key) : AttributeHash.OfPair(key, value);
            }
        }

        public long MinDurationTicks { get; }

        public TraceStatusFilter Status { get; }

        public string? ServiceName { get; }

        public string? NameContains { get; }

        public ulong? AttributeFingerprint { get; }

        public bool AnyNameMatches(ReadOnlySpan<string> names)
        {
            foreach (var name in names)
            {
                if (!nameAnswers.TryGetValue(name, out var matches))
                {
                    matches = name.Contains(NameContains!, StringComparison.OrdinalIgnoreCase);
                    if (nameAnswers.Count < 100_000)
                    {
                        nameAnswers.Add(name, matches);
                    }
                }

                if (matches)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool Matches(LogEntry entry, LogQuery query)
    {
        if (entry.SeverityNumber < (int)query.MinLevel)
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(query.ServiceName) && !string.Equals(entry.Resource.ServiceName, query.ServiceName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(query.TraceId) && !string.Equals(entry.TraceId, query.TraceId.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!string.IsNullOrWhiteSpace(query.TextContains) && !entry.Body.Contains(query.TextContains.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return string.IsNullOrWhiteSpace(query.AttributeKey) || HasAttribute(entry.Attributes, query.AttributeKey.Trim(), query.AttributeValue?.Trim() ?? "");
    }

    private static bool HasAttribute(KeyValuePair<string, string>[] attributes, string key, string value)
    {
        foreach (var attribute in attributes)
        {
            if (string.Equals(attribute.Key, key, StringComparison.OrdinalIgnoreCase)
                && (value.Length == 0 || string.Equals(attribute.Value, value, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private static TraceSummary Summarise(TraceRecord trace)
    {
        var services = new List<ServiceSpanCount>();
        foreach (var group in trace.Spans.GroupBy(span => span.Resource.ServiceName, StringComparer.OrdinalIgnoreCase))
        {
            services.Add(new ServiceSpanCount(group.Key, group.Count()));
        }

        services.Sort((left, right) => StringComparer.OrdinalIgnoreCase.Compare(left.ServiceName, right.ServiceName));

        var root = trace.Root ?? trace.Spans.MinBy(span => span.StartUnixNano)!;
        return new TraceSummary(
            trace.TraceId,
            trace.DisplayName,
            root.Resource.ServiceName,
            UnixNano.ToDateTimeOffset(trace.StartUnixNano),
            trace.Duration,
            trace.Spans.Count,
            trace.ErrorCount,
            services);
    }

    private static MetricCatalogEntry Describe(MetricInstrument instrument) => new(
        instrument.Resource.DisplayName,
        instrument.MeterName,
        instrument.Name,
        instrument.Description,
        instrument.Unit,
        instrument.Kind,
        instrument.Series.Count);

    private static IEnumerable<ChartLine> HistogramLines(MetricSeries series, string label, bool cumulative, ulong from)
    {
        double[] percentiles = [50, 90, 99];
        var lines = percentiles.Select(_ => new List<ChartPoint>()).ToArray();
        MetricPoint? previous = null;
        foreach (var point in series.Points)
        {
            var counts = point.BucketCounts;
            if (cumulative && previous is not null && previous.StartTimeUnixNano == point.StartTimeUnixNano
                && previous.BucketCounts.Length == counts.Length && previous.Count <= point.Count)
            {
                counts = new ulong[counts.Length];
                for (var bucket = 0; bucket < counts.Length; bucket++)
                {
                    counts[bucket] = point.BucketCounts[bucket] - Math.Min(point.BucketCounts[bucket], previous.BucketCounts[bucket]);
                }
            }

            previous = point;
            if (point.TimeUnixNano < from)
            {
                continue;
            }

            for (var index = 0; index < percentiles.Length; index++)
            {
                var estimate = HistogramPercentiles.Estimate(point.ExplicitBounds, counts, percentiles[index], point.Min, point.Max);
                if (estimate is not null)
                {
                    lines[index].Add(new ChartPoint(point.Time, estimate.Value));
                }
            }
        }

        for (var index = 0; index < percentiles.Length; index++)
        {
            if (lines[index].Count > 0)
            {
                yield return new ChartLine($"{label} p{percentiles[index]}", Thin(lines[index]));
            }
        }
    }

    /// <summary>Keeps at most <see cref="MaxChartPointsPerLine"/> evenly spaced points, always the last one.</summary>
    private static List<ChartPoint> Thin(List<ChartPoint> points)
    {
        if (points.Count <= MaxChartPointsPerLine)
        {
            return points;
        }

        var step = (double)points.Count / MaxChartPointsPerLine;
        var thinned = new List<ChartPoint>(MaxChartPointsPerLine + 1);
        for (var position = 0.0; position < points.Count; position += step)
        {
            thinned.Add(points[(int)position]);
        }

        if (thinned[^1] != points[^1])
        {
            thinned.Add(points[^1]);
        }

        return thinned;
    }
}
