namespace Hemit.Dashboard.Telemetry;

/// <summary>One structured log record (strukturert logg), immutable once received.</summary>
public sealed class LogEntry
{
    public required ulong TimeUnixNano { get; init; }

    /// <summary>OTLP severity number 1..24: 1-4 trace, 5-8 debug, 9-12 information, 13-16 warning, 17-20 error, 21-24 critical.</summary>
    public required int SeverityNumber { get; init; }

    public required string SeverityText { get; init; }

    public required string Body { get; init; }

    public required KeyValuePair<string, string>[] Attributes { get; init; }

    /// <summary>Empty when the record was written outside a trace.</summary>
    public required string TraceId { get; init; }

    public required string SpanId { get; init; }

    public required string EventName { get; init; }

    /// <summary>The logger category in .NET.</summary>
    public required string ScopeName { get; init; }

    public required TelemetryResource Resource { get; init; }

    public required long Segment { get; init; }

    public DateTimeOffset Time => UnixNano.ToDateTimeOffset(TimeUnixNano);

    public LogLevelName Level => LogLevels.FromSeverityNumber(SeverityNumber);
}
