namespace Hemit.Contracts.Events.Finance;

/// <summary>Items of a year's investment portfolio (investeringer) were added or changed.</summary>
/// <param name="ChangedItems">How many items were new or changed.</param>
/// <param name="ItemsReportedEachTertial">How many of the year's items are over 100 MNOK after the change.</param>
public sealed record InvestmentPortfolioUpdated(int Year, int ChangedItems, int ItemsReportedEachTertial) : IntegrationEvent;
