namespace Hemit.Contracts.Events.Finance;

/// <summary>The budget per revenue and cost category (Tabell 1) of a budget year changed.</summary>
/// <param name="ChangedCategories">How many categories were new or changed.</param>
/// <param name="Result">RESULTAT of the year's category budget after the change, NOK.</param>
public sealed record CategoryBudgetUpdated(int BudgetYear, int ChangedCategories, decimal Result) : IntegrationEvent;
