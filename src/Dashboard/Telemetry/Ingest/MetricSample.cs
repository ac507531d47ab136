using Hemit.Dashboard.Telemetry.Metrics;

namespace Hemit.Dashboard.Telemetry.Ingest;

/// <summary>One data point read from an export request, with the instrument and series it belongs to.</summary>
internal sealed record MetricSample(
    TelemetryResource Resource,
    string MeterName,
    string InstrumentName,
    string Description,
    string Unit,
    MetricKind Kind,
    bool IsCumulative,
    string SeriesLabel,
    KeyValuePair<string, string>[] Attributes,
    MetricPoint Point);
