namespace Hemit.Contracts.Events.HrMetrics;

/// <summary>
/// Sick-leave figures (sykefravær) for a month were added or changed. Carries the whole of Hemit's month after the
/// change, computed as sick days over agreed days, so a listener need not ask back for the headline.
/// </summary>
/// <param name="ChangedUnits">Units whose figures for the month were new or changed by the import.</param>
/// <param name="SickLeavePercent">Hemit's netto sykefravær for the month after the change.</param>
public sealed record SickLeavePeriodUpdated(
    int Year,
    int Month,
    int ChangedUnits,
    decimal AgreedWorkDays,
    decimal SickLeaveDays,
    decimal SickLeavePercent) : IntegrationEvent;
