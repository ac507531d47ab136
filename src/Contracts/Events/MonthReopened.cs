namespace Hemit.Contracts.Events;

/// <summary>A source service has taken back a month it had closed: its figures may change again, the month's report is not final.</summary>
/// <param name="Source">The service that reopened the month: finance, hrmetrics, servicedesk, projects.</param>
/// <param name="ReopenedBy">Who reopened it (the caller's name until the services authenticate callers).</param>
/// <param name="Reason">Why, as the person reopening it wrote it.</param>
public sealed record MonthReopened(string Source, int Year, int Month, string ReopenedBy, string Reason) : IntegrationEvent;
