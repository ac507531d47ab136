namespace Hemit.Finance.Budgets;

/// <summary>A stored budget row for one service area (tjenesteområde) of one budget year; blank cells are null.</summary>
public sealed class ServiceAreaBudgetEntry
{
    public int BudgetYear { get; set; }

    public string AreaCode { get; set; } = string.Empty;

    public decimal? PreviousBudget { get; set; }

    public decimal? PreviousForecast { get; set; }

    public decimal? LongTermBudget { get; set; }

    /// <summary>
    /// Opprinnelig forslag: the area's proposal before the flat efficiency cut and before any later adjustment
    /// (<see cref="ServiceAreaBudgetAdjustment"/>); the cut is taken from it once.
    /// </summary>
    public decimal? Budget { get; set; }
}
