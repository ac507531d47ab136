namespace Hemit.Dashboard.Telemetry;

/// <summary>The structured log page's filters; every filter is optional, text filters ignore case.</summary>
public sealed record LogQuery
{
    public string? ServiceName { get; init; }

    /// <summary>Records at this level or above.</summary>
    public LogLevelName MinLevel { get; init; } = LogLevelName.Unspecified;

    /// <summary>Part of the message body.</summary>
    public string? TextContains { get; init; }

    public string? AttributeKey { get; init; }

    public string? AttributeValue { get; init; }

    public string? TraceId { get; init; }

    public int Limit { get; init; } = 200;
}

/// <summary>The newest matching log records, newest first, and how many matched in all.</summary>
public sealed record LogListResult(IReadOnlyList<LogEntry> Entries, int TotalMatches);
