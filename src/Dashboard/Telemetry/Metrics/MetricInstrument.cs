namespace Hemit.Dashboard.Telemetry.Metrics;

/// <summary>One instrument of one meter of one resource, with its series by attribute set.</summary>
internal sealed class MetricInstrument(TelemetryResource resource, string meterName, string name)
{
    public TelemetryResource Resource { get; } = resource;

    public string MeterName { get; } = meterName;

    public string Name { get; } = name;

    public string Description { get; set; } = "";

    public string Unit { get; set; } = "";

    public MetricKind Kind { get; set; }

    /// <summary>True when the sender reports totals since start (cumulative), false for per-interval values (delta).</summary>
    public bool IsCumulative { get; set; }

    public Dictionary<string, MetricSeries> Series { get; } = new(StringComparer.Ordinal);

    public int PointCount => Series.Values.Sum(series => series.Points.Count);
}
