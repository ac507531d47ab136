namespace Hemit.Dashboard.Telemetry.Metrics;

/// <summary>The points of one instrument that share one attribute set (one line in the chart).</summary>
internal sealed class MetricSeries(string label, KeyValuePair<string, string>[] attributes)
{
    public string Label { get; } = label;

    public KeyValuePair<string, string>[] Attributes { get; } = attributes;

    /// <summary>In arrival order, so the oldest segment's points are at the front.</summary>
    public List<MetricPoint> Points { get; } = [];

    public void DropUpTo(long segment)
    {
        var dropped = 0;
        while (dropped < Points.Count && Points[dropped].Segment <= segment)
        {
            dropped++;
        }

        Points.RemoveRange(0, dropped);
    }
}
