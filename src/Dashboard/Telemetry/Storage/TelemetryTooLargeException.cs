namespace Hemit.Dashboard.Telemetry.Storage;

/// <summary>An export request larger than the whole store may hold.</summary>
public sealed class TelemetryTooLargeException(long requestBytes, long maxBytes)
    : Exception($"The export request is {requestBytes} bytes; the telemetry store holds at most {maxBytes} bytes (Dashboard__Storage__MaxSizeMegabytes).");
