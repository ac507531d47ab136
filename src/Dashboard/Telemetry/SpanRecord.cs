namespace Hemit.Dashboard.Telemetry;

/// <summary>What a span did (OTLP <c>SpanKind</c>), in the words the waterfall shows.</summary>
public enum SpanKindName
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}

/// <summary>The OTLP span status.</summary>
public enum SpanStatus
{
    Unset = 0,
    Ok = 1,
    Error = 2,
}

/// <summary>
/// One span as the dashboard keeps it: immutable once received, so a page may hold it without a lock.
/// Times are Unix nanoseconds as OTLP sends them.
/// </summary>
public sealed class SpanRecord
{
    public required string TraceId { get; init; }

    public required string SpanId { get; init; }

    /// <summary>Empty for a root span.</summary>
    public required string ParentSpanId { get; init; }

    public required string Name { get; init; }

    public required SpanKindName Kind { get; init; }

    public required ulong StartUnixNano { get; init; }

    public required ulong EndUnixNano { get; init; }

    public required SpanStatus Status { get; init; }

    public required string StatusMessage { get; init; }

    public required KeyValuePair<string, string>[] Attributes { get; init; }

    public required SpanEventRecord[] Events { get; init; }

    public required SpanLinkRecord[] Links { get; init; }

    public required TelemetryResource Resource { get; init; }

    public required string ScopeName { get; init; }

    /// <summary>The storage segment the span arrived in; dropping that segment drops the span.</summary>
    public required long Segment { get; init; }

    public TimeSpan Duration => TimeSpan.FromTicks((long)((EndUnixNano > StartUnixNano ? EndUnixNano - StartUnixNano : 0) / 100));

    public DateTimeOffset StartTime => UnixNano.ToDateTimeOffset(StartUnixNano);

    public string? Attribute(string key)
    {
        foreach (var pair in Attributes)
        {
            if (pair.Key == key)
            {
                return pair.Value;
            }
        }

        return null;
    }

    /// <summary>"rabbitmq" for a RabbitMQ publish or consume, per the OpenTelemetry messaging conventions.</summary>
    public string? MessagingSystem => Attribute("messaging.system");

    /// <summary>"postgresql" for a database call, under the old and the current semantic convention names.</summary>
    public string? DatabaseSystem => Attribute("db.system.name") ?? Attribute("db.system");
}

public sealed record SpanEventRecord(ulong TimeUnixNano, string Name, KeyValuePair<string, string>[] Attributes);

public sealed record SpanLinkRecord(string TraceId, string SpanId, KeyValuePair<string, string>[] Attributes);
