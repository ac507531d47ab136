namespace Hemit.Dashboard.Telemetry.Ingest;

/// <summary>
/// What an export request added, and what it refused: OTLP's partial success. <see cref="RejectionReason"/>
/// names the first refused item and why.
/// </summary>
public sealed record IngestOutcome(int Accepted, int Rejected, string RejectionReason)
{
    public static IngestOutcome Empty { get; } = new(0, 0, "");
}
