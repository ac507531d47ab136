using Hemit.BuildingBlocks.Importing;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Budgets;

/// <summary>Checks pushed budget rows per tjenesteområde: every row sound, each budget year + area once.</summary>
public static class ServiceAreaBudgetRowValidator
{
    public static readonly BatchRules<Wire.ServiceAreaBudget, ServiceAreaBudgetEntry, (int, string)> Batch = new("Service area budget import", "service_area_budgets", Validate,
        r => (r.BudgetYear, r.AreaCode), r => ("area", $"{r.BudgetYear} {r.AreaCode}"));

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static ServiceAreaBudgetEntry? Validate(Wire.ServiceAreaBudget message, long row, RowRejections rejections)
    {
        var ok = rejections.CheckYear(row, "budget_year", message.BudgetYear);
        if (ServiceAreas.Find(message.Area ?? string.Empty) is null)
        {
            rejections.Add(row, "area", $"'{message.Area}' is not a service area; use one of: {string.Join(", ", ServiceAreas.All.Select(a => a.Code))}");
            ok = false;
        }

        ok &= AmountRules.TryRead(message.PreviousBudget, required: false, row, "previous_budget", rejections, out var previousBudget);
        ok &= AmountRules.TryRead(message.PreviousForecast, required: false, row, "previous_forecast", rejections, out var previousForecast);
        ok &= AmountRules.TryRead(message.LongTermBudget, required: false, row, "long_term_budget", rejections, out var longTermBudget);
        ok &= AmountRules.TryRead(message.Budget, required: false, row, "budget", rejections, out var budget);
        if (ok && previousBudget is null && previousForecast is null && longTermBudget is null && budget is null)
        {
            rejections.Add(row, "budget", "the row has no amount; give at least one of previous_budget, previous_forecast, long_term_budget, budget");
            ok = false;
        }

        return ok
            ? new ServiceAreaBudgetEntry
            {
                BudgetYear = message.BudgetYear,
                AreaCode = message.Area!,
                PreviousBudget = previousBudget,
                PreviousForecast = previousForecast,
                LongTermBudget = longTermBudget,
                Budget = budget,
            }
            : null;
    }
}
