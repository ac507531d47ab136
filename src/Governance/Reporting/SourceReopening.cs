namespace Hemit.Governance.Reporting;

/// <summary>A source service's announcement that it took back a month it had closed, as governance received it.</summary>
public sealed class SourceReopening
{
    public long Id { get; set; }

    public required string Source { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public DateTimeOffset ReopenedAt { get; set; }

    public required string ReopenedBy { get; set; }

    public required string Reason { get; set; }

    /// <summary>The event's id, kept so a trace or a redelivery can be matched to this row.</summary>
    public Guid EventId { get; set; }
}
