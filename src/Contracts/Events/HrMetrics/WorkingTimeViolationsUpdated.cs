namespace Hemit.Contracts.Events.HrMetrics;

/// <summary>Working-time violation counts (arbeidstidsavvik) for a month were added or changed.</summary>
/// <param name="ChangedRows">Unit/rule/cause counts of the month that were new or changed by the import.</param>
/// <param name="TotalViolations">All violations recorded for the month after the change.</param>
public sealed record WorkingTimeViolationsUpdated(int Year, int Month, int ChangedRows, int TotalViolations) : IntegrationEvent;
