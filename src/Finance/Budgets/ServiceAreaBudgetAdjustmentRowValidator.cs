using Hemit.BuildingBlocks.Importing;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Budgets;

/// <summary>Checks pushed budget adjustments: a real year and area, an amount, a reason; each year + area + reason once.</summary>
public static class ServiceAreaBudgetAdjustmentRowValidator
{
    public const int MaxReasonLength = 200;

    public static readonly BatchRules<Wire.ServiceAreaBudgetAdjustment, ServiceAreaBudgetAdjustment, (int, string, string)> Batch = new(
        "Service area budget adjustment import", "service_area_budget_adjustments", Validate,
        r => (r.BudgetYear, r.AreaCode, r.Reason), r => ("reason", $"{r.BudgetYear} {r.AreaCode} '{r.Reason}'"));

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static ServiceAreaBudgetAdjustment? Validate(Wire.ServiceAreaBudgetAdjustment message, long row, RowRejections rejections)
    {
        var ok = rejections.CheckYear(row, "budget_year", message.BudgetYear);
        if (ServiceAreas.Find(message.Area ?? string.Empty) is null)
        {
            rejections.Add(row, "area", $"'{message.Area}' is not a service area; use one of: {string.Join(", ", ServiceAreas.All.Select(a => a.Code))}");
            ok = false;
        }

        var reason = message.Reason?.Trim() ?? string.Empty;
        ok &= reason.Length > 0
            ? rejections.CheckFreeText(row, "reason", reason, MaxReasonLength)
            : rejections.Check(row, "reason", "missing; say why the budget was adjusted, e.g. \"Økning anbefalt av lederforum LØ\"");

        ok &= AmountRules.TryRead(message.Amount, required: true, row, "amount", rejections, out var amount);
        return ok
            ? new ServiceAreaBudgetAdjustment { BudgetYear = message.BudgetYear, AreaCode = message.Area!, Reason = reason, Amount = amount!.Value }
            : null;
    }
}
