namespace Hemit.Finance.Budgets;

/// <summary>A stored budget amount for one revenue or cost category of one budget year.</summary>
public sealed class CategoryBudgetEntry
{
    public int BudgetYear { get; set; }

    public string CategoryCode { get; set; } = string.Empty;

    public decimal Budget { get; set; }

    public decimal? PreviousBudget { get; set; }

    public decimal? PreviousForecast { get; set; }
}
