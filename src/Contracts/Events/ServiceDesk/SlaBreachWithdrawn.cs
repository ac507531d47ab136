namespace Hemit.Contracts.Events.ServiceDesk;

/// <summary>
/// A ticket announced as <see cref="SlaBreached"/> turned out not to be late once more of its events arrived (e.g. a
/// pending stretch or a priority change pushed after its resolution); listeners take the breach back.
/// </summary>
public sealed record SlaBreachWithdrawn(string TicketId, int Year, int Month) : IntegrationEvent;
