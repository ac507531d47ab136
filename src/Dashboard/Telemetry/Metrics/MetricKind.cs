namespace Hemit.Dashboard.Telemetry.Metrics;

/// <summary>The instrument shapes OTLP carries, named as a .NET developer knows them.</summary>
public enum MetricKind
{
    Gauge,
    /// <summary>A monotonic sum: a .NET Counter.</summary>
    Counter,
    /// <summary>A sum that may go down: a .NET UpDownCounter.</summary>
    UpDownCounter,
    Histogram,
    /// <summary>Pre-computed quantiles (OTLP Summary); each quantile is charted as its own line.</summary>
    Summary,
}
