namespace Hemit.Contracts.Events.ServiceDesk;

/// <summary>
/// A ticket was resolved after its SLA deadline (counted on its priority's calendar, pending time left out). Announced
/// once, when an import first makes the ticket's resolution late.
/// </summary>
/// <param name="Year">The Oslo month of the resolution.</param>
/// <param name="ElapsedHours">Counted hours the ticket took; above <paramref name="DeadlineHours"/>.</param>
public sealed record SlaBreached(
    string TicketId,
    int Year,
    int Month,
    int Priority,
    string Service,
    string Responsible,
    DateTimeOffset TicketCreatedAt,
    DateTimeOffset ResolvedAt,
    decimal DeadlineHours,
    decimal ElapsedHours) : IntegrationEvent;
