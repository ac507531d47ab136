namespace Hemit.ServiceDesk.Tickets;

/// <summary>
/// One stored lifecycle event of a ticket; the natural key is ticket, time and event, so a re-pushed event is the same
/// row. Fields other than the key are null where the event does not change them.
/// </summary>
public sealed class TicketEventEntry
{
    public required string TicketId { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public TicketEventKind Event { get; set; }

    public TicketType? Type { get; set; }

    /// <summary>1 (critical) to 4 (low).</summary>
    public int? Priority { get; set; }

    public string? Service { get; set; }

    /// <summary>Who must solve it: Hemit or another supplier (e.g. Helseplattformen for Beaker).</summary>
    public string? Responsible { get; set; }

    public bool? FirstLineResolved { get; set; }
}
