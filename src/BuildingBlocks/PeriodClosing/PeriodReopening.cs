namespace Hemit.BuildingBlocks.PeriodClosing;

/// <summary>A closed month taken back: who did it, when and why, and when it had been closed (kept for the audit trail).</summary>
public sealed class PeriodReopening
{
    public long Id { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    public DateTimeOffset ReopenedAt { get; set; }

    public required string ReopenedBy { get; set; }

    public required string Reason { get; set; }
}
