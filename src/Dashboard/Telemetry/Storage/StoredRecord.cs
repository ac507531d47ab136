namespace Hemit.Dashboard.Telemetry.Storage;

/// <summary>One export request read back from a segment file.</summary>
public sealed record StoredRecord(long Segment, TelemetryKind Kind, byte[] Payload);
