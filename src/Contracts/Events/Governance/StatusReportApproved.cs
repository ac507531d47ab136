namespace Hemit.Contracts.Events.Governance;

/// <summary>
/// The board's status report of a month was approved and frozen as <paramref name="Version"/>; the board-meeting
/// side places "<paramref name="Title"/>" as a decision item (B) on the next meeting's agenda.
/// </summary>
/// <param name="Title">As the board paper heads it, e.g. "Statusrapport pr. oktober 2021".</param>
/// <param name="ApprovedBy">A role, e.g. "Styret".</param>
public sealed record StatusReportApproved(int Year, int Month, int Version, string Title, string ApprovedBy) : IntegrationEvent;
