namespace Hemit.Dashboard.Telemetry.Storage;

/// <summary>Which OTLP export request a stored record holds.</summary>
public enum TelemetryKind : byte
{
    Traces = 1,
    Logs = 2,
    Metrics = 3,
}
