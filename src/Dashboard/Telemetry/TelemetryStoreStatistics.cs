namespace Hemit.Dashboard.Telemetry;

/// <summary>What the store holds now (and how many spans it accepted since it opened), for the header and the benchmark.</summary>
public sealed record TelemetryStoreStatistics(
    int TraceCount,
    int SpanCount,
    int LogCount,
    int MetricPointCount,
    long BytesOnDisk,
    long MaxBytes,
    int SegmentCount,
    long DroppedSegments,
    long SpansAcceptedSinceStart);
