namespace Hemit.Dashboard.Telemetry;

/// <summary>Which traces have errors: any, only failed ones, or only those without an error span.</summary>
public enum TraceStatusFilter
{
    Any,
    Error,
    Ok,
}

/// <summary>
/// The trace list's filters. Every filter is optional; text filters ignore case.
/// A trace matches on a resource or a span name when any of its spans does.
/// </summary>
public sealed record TraceQuery
{
    public string? ServiceName { get; init; }

    /// <summary>Part of any span's name.</summary>
    public string? NameContains { get; init; }

    public TimeSpan? MinDuration { get; init; }

    public TraceStatusFilter Status { get; init; } = TraceStatusFilter.Any;

    /// <summary>With <see cref="AttributeValue"/>: some span carries this attribute with this value (or any value when the value is empty).</summary>
    public string? AttributeKey { get; init; }

    public string? AttributeValue { get; init; }

    public int Limit { get; init; } = 100;
}
