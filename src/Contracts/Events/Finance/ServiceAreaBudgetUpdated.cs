namespace Hemit.Contracts.Events.Finance;

/// <summary>
/// The budget per tjenesteområde of a budget year changed: an original proposal, an adjustment or the flat cut.
/// Figures are the sum line after the change, NOK.
/// </summary>
/// <param name="Change">What changed: original_proposals, adjustments or efficiency_cut.</param>
/// <param name="ChangedRows">How many pushed rows were new or changed (1 for a new cut).</param>
/// <param name="CutBasisPoints">The flat cut in hundredths of a percent (150 = 1,5 %).</param>
/// <param name="TotalSaving">The flat cut's saving over all areas.</param>
/// <param name="TotalBudget">Budsjett for the year after the cut and every adjustment; null when nothing is pushed.</param>
public sealed record ServiceAreaBudgetUpdated(
    int BudgetYear, string Change, int ChangedRows, int CutBasisPoints, decimal TotalSaving, decimal? TotalBudget) : IntegrationEvent;
