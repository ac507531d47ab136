namespace Hemit.Contracts.Events;

/// <summary>A source service has declared a month's figures final (månedsavslutning).</summary>
/// <param name="Source">The service that closed the month: finance, hr, servicedesk, projects.</param>
public sealed record MonthClosed(string Source, int Year, int Month) : IntegrationEvent;
