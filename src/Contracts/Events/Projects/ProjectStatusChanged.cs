namespace Hemit.Contracts.Events.Projects;

/// <summary>
/// A project's phase or a status colour (schedule, cost, scope) differs from its previous report: the month before,
/// or the same month's earlier push. Colours and phases are codes (green, yellow, red; concept … closed).
/// </summary>
public sealed record ProjectStatusChanged(
    string ProjectId,
    string Name,
    int Year,
    int Month,
    string PreviousPhase,
    string Phase,
    string PreviousSchedule,
    string Schedule,
    string PreviousCost,
    string Cost,
    string PreviousScope,
    string Scope,
    string StatusComment) : IntegrationEvent;
