namespace Hemit.Contracts.Events.ServiceDesk;

/// <summary>Unplanned downtime of a level-1 (24/7) service was recorded: an SLA breach the board reads in 3.2.</summary>
public sealed record MajorIncidentRecorded(
    string Service,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Description) : IntegrationEvent;
