namespace Hemit.Finance.Ledger;

/// <summary>A stored ledger amount (regnskapslinje); the natural key is year, month, line and scenario.</summary>
public sealed class LedgerEntry
{
    public int Year { get; set; }

    public int Month { get; set; }

    public string LineCode { get; set; } = string.Empty;

    /// <summary>actual, budget or forecast.</summary>
    public string Scenario { get; set; } = string.Empty;

    public decimal Amount { get; set; }
}
