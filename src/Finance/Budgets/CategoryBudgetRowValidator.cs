using Hemit.BuildingBlocks.Importing;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Budgets;

/// <summary>Checks pushed budget rows per revenue and cost category: every row sound, each budget year + category once.</summary>
public static class CategoryBudgetRowValidator
{
    public static readonly BatchRules<Wire.CategoryBudget, CategoryBudgetEntry, (int, string)> Batch = new("Category budget import", "category_budgets", Validate,
        r => (r.BudgetYear, r.CategoryCode), r => ("category", $"{r.BudgetYear} {r.CategoryCode}"));

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static CategoryBudgetEntry? Validate(Wire.CategoryBudget message, long row, RowRejections rejections)
    {
        var ok = rejections.CheckYear(row, "budget_year", message.BudgetYear);
        var line = CategoryBudgetLines.Catalogue.Find(message.Category ?? string.Empty);
        if (line is null || line.IsSum)
        {
            rejections.Add(row, "category", line is null
                ? $"'{message.Category}' is not a budget category; use one of: {string.Join(", ", CategoryBudgetLines.Catalogue.PostedLines.Select(l => l.Code))}"
                : $"'{message.Category}' ({line.Name}) is a sum line; sum lines are computed, never pushed");
            ok = false;
        }

        ok &= AmountRules.TryRead(message.Budget, required: true, row, "budget", rejections, out var budget);
        ok &= AmountRules.TryRead(message.PreviousBudget, required: false, row, "previous_budget", rejections, out var previousBudget);
        ok &= AmountRules.TryRead(message.PreviousForecast, required: false, row, "previous_forecast", rejections, out var previousForecast);
        return ok
            ? new CategoryBudgetEntry
            {
                BudgetYear = message.BudgetYear,
                CategoryCode = message.Category!,
                Budget = budget!.Value,
                PreviousBudget = previousBudget,
                PreviousForecast = previousForecast,
            }
            : null;
    }
}
