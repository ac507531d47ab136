namespace Hemit.Contracts.Events.Finance;

/// <summary>A month's ledger figures (regnskap, budsjett or prognose) changed; its income statement reads differently now.</summary>
/// <param name="ChangedAmounts">How many stored amounts of the month were new or changed.</param>
/// <param name="Scenarios">Which figures changed: actual, budget and/or forecast.</param>
public sealed record LedgerPeriodUpdated(int Year, int Month, int ChangedAmounts, IReadOnlyList<string> Scenarios) : IntegrationEvent;
