namespace Hemit.Finance.Ledger;

/// <summary>One stored amount of one posted line in one month of a year, in NOK.</summary>
public sealed record LedgerAmount(int Month, string Line, LedgerScenario Scenario, decimal Amount);
