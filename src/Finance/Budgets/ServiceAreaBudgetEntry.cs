namespace Hemit.Finance.Budgets;

/// <summary>A stored budget row for one service area (tjenesteområde) of one budget year; blank cells are null.</summary>
public sealed class ServiceAreaBudgetEntry
{
    public int BudgetYear { get; set; }

    public string AreaCode { get; set; } = string.Empty;

    public decimal? PreviousBudget { get; set; }

    public decimal? PreviousForecast { get; set; }

    public decimal? LongTermBudget { get; set; }

    /// <summary>The proposed budget before the flat efficiency cut.</summary>
    public decimal? Budget { get; set; }
}
