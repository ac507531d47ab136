namespace Hemit.Dashboard.Telemetry.Metrics;

/// <summary>One instrument as the metrics page lists it (resource → meter → instrument).</summary>
public sealed record MetricCatalogEntry(
    string ResourceName,
    string MeterName,
    string InstrumentName,
    string Description,
    string Unit,
    MetricKind Kind,
    int SeriesCount);

/// <summary>The lines of one instrument's chart, each a list of (time, value) already reduced for plotting.</summary>
public sealed record MetricChart(MetricCatalogEntry Instrument, IReadOnlyList<ChartLine> Lines);

public sealed record ChartLine(string Label, IReadOnlyList<ChartPoint> Points);

public readonly record struct ChartPoint(DateTimeOffset Time, double Value);
