namespace Hemit.Dashboard.Telemetry.Metrics;

/// <summary>
/// One data point of a series. A number point has <see cref="Value"/>; a histogram point has the bucket
/// counts (explicit upper bounds, the last bucket open-ended) with its count and sum.
/// </summary>
public sealed class MetricPoint
{
    public required ulong TimeUnixNano { get; init; }

    public required ulong StartTimeUnixNano { get; init; }

    public double Value { get; init; }

    public ulong Count { get; init; }

    public double Sum { get; init; }

    public double[] ExplicitBounds { get; init; } = [];

    public ulong[] BucketCounts { get; init; } = [];

    /// <summary>The smallest and largest recorded value, when the sender reports them (histograms).</summary>
    public double? Min { get; init; }

    public double? Max { get; init; }

    public required long Segment { get; init; }

    public DateTimeOffset Time => Telemetry.UnixNano.ToDateTimeOffset(TimeUnixNano);
}
