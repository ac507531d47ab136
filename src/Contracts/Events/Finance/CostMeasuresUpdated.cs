namespace Hemit.Contracts.Events.Finance;

/// <summary>A year's cost-saving measures (tiltak) were added or changed; gains are the year's totals after the change, NOK.</summary>
/// <param name="ChangedMeasures">How many measures were new or changed.</param>
/// <param name="UncertainMeasures">Measures without an estimate (usikker), not in the totals.</param>
public sealed record CostMeasuresUpdated(int Year, int ChangedMeasures, decimal TotalGainLow, decimal TotalGainHigh, int UncertainMeasures) : IntegrationEvent;
