namespace Hemit.Governance.Reporting;

/// <summary>A source service's announcement that it closed a month, as governance received it.</summary>
public sealed class SourceClosing
{
    public long Id { get; set; }

    public required string Source { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public DateTimeOffset ClosedAt { get; set; }

    /// <summary>The event's id, kept so a trace or a redelivery can be matched to this row.</summary>
    public Guid EventId { get; set; }
}
