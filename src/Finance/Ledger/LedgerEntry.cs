namespace Hemit.Finance.Ledger;

/// <summary>A stored ledger amount (regnskapslinje); the natural key is year, month, line and scenario.</summary>
public sealed class LedgerEntry
{
    public int Year { get; set; }

    public int Month { get; set; }

    public string LineCode { get; set; } = string.Empty;

    /// <summary>Faktisk, budsjett or prognose; stored as its code (actual, budget, forecast).</summary>
    public LedgerScenario Scenario { get; set; }

    public decimal Amount { get; set; }
}
