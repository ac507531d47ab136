namespace Hemit.Dashboard.Telemetry;

/// <summary>Where telemetry is kept and how much of it (Dashboard__Storage__Path, Dashboard__Storage__MaxSizeMegabytes).</summary>
public sealed class TelemetryStoreOptions
{
    public const int DefaultMaxSizeMegabytes = 256;

    /// <summary>The data folder; segment files go in its <c>telemetry</c> subfolder.</summary>
    public string Path { get; set; } = "";

    /// <summary>The most the segment files may hold together; the oldest segment is dropped first to stay below it.</summary>
    public int MaxSizeMegabytes { get; set; } = DefaultMaxSizeMegabytes;

    public long MaxSizeBytes => (long)MaxSizeMegabytes * 1024 * 1024;
}
