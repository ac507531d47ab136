namespace Hemit.Dashboard.Telemetry;

/// <summary>One row of the trace list: a copy, safe to render while spans keep arriving.</summary>
public sealed record TraceSummary(
    string TraceId,
    string Name,
    string RootServiceName,
    DateTimeOffset StartTime,
    TimeSpan Duration,
    int SpanCount,
    int ErrorCount,
    IReadOnlyList<ServiceSpanCount> Services);

/// <summary>How many of a trace's spans one service produced.</summary>
public sealed record ServiceSpanCount(string ServiceName, int SpanCount);

/// <summary>A trace list query's answer: the newest matching traces and how many matched in all.</summary>
public sealed record TraceListResult(IReadOnlyList<TraceSummary> Traces, int TotalMatches);

/// <summary>Every span of one trace, for the waterfall.</summary>
public sealed record TraceDetail(string TraceId, IReadOnlyList<SpanRecord> Spans)
{
    public ulong StartUnixNano => Spans.Count == 0 ? 0 : Spans.Min(span => span.StartUnixNano);

    public ulong EndUnixNano => Spans.Count == 0 ? 0 : Spans.Max(span => span.EndUnixNano);
}
