namespace Hemit.Finance.Budgets;

/// <summary>
/// A change to one area's budget decided after the flat cut, with its reason, e.g. Logistikk og økonomi +1,5 mill
/// "anbefalt av lederforum LØ" (seed Sak 10/21). Keyed by budget year + area + reason.
/// </summary>
public sealed class ServiceAreaBudgetAdjustment
{
    public int BudgetYear { get; set; }

    public string AreaCode { get; set; } = string.Empty;

    public string Reason { get; set; } = string.Empty;

    /// <summary>NOK; positive raises the area's budget, negative lowers it.</summary>
    public decimal Amount { get; set; }

    /// <summary>Where it was first pushed: adjustments are listed in that order.</summary>
    public long Position { get; set; }
}
