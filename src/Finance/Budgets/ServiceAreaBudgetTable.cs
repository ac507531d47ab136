namespace Hemit.Finance.Budgets;

/// <summary>One row of the service-area budget with its efficiency saving; null amounts are blank cells.</summary>
public sealed record ServiceAreaBudgetRow(
    string Code,
    string Name,
    bool IsSum,
    decimal? PreviousBudget,
    decimal? PreviousForecast,
    decimal? LongTermBudget,
    decimal? Budget,
    decimal EfficiencySaving,
    decimal? BudgetAfterCut);

/// <summary>
/// Builds the budget per tjenesteområde with a flat efficiency cut: every area with a positive proposed budget gives
/// the same percentage (rounded to øre, half away from zero); the total saving is the sum of the areas' savings.
/// Areas with a negative or no budget (e.g. Kostnadsreduserende tiltak) give nothing.
/// </summary>
public static class ServiceAreaBudgetTable
{
    public static decimal SavingOf(decimal? budget, int cutBasisPoints) =>
        budget is > 0m ? Math.Round(budget.Value * cutBasisPoints / 10_000m, 2, MidpointRounding.AwayFromZero) : 0m;

    public static IReadOnlyList<ServiceAreaBudgetRow> Build(IEnumerable<ServiceAreaBudgetEntry> entries, int cutBasisPoints)
    {
        var byArea = entries.ToDictionary(e => e.AreaCode);
        var rows = ServiceAreas.All.Select(area =>
        {
            var entry = byArea.GetValueOrDefault(area.Code);
            var saving = SavingOf(entry?.Budget, cutBasisPoints);
            return new ServiceAreaBudgetRow(area.Code, area.Name, false,
                entry?.PreviousBudget, entry?.PreviousForecast, entry?.LongTermBudget, entry?.Budget,
                saving, entry?.Budget - saving);
        }).ToList();

        rows.Add(new ServiceAreaBudgetRow(ServiceAreas.TotalCode, ServiceAreas.TotalName, true,
            SumOf(rows.Select(r => r.PreviousBudget)),
            SumOf(rows.Select(r => r.PreviousForecast)),
            SumOf(rows.Select(r => r.LongTermBudget)),
            SumOf(rows.Select(r => r.Budget)),
            rows.Sum(r => r.EfficiencySaving),
            SumOf(rows.Select(r => r.BudgetAfterCut))));
        return rows;
    }

    /// <summary>The sum of the filled cells; blank when every cell is blank.</summary>
    private static decimal? SumOf(IEnumerable<decimal?> cells)
    {
        var filled = cells.Where(c => c.HasValue).ToList();
        return filled.Count == 0 ? null : filled.Sum();
    }
}
