namespace Hemit.Finance.Budgets;

/// <summary>An adjustment as the table lists it.</summary>
public sealed record AdjustmentLine(decimal Amount, string Reason);

/// <summary>
/// One row of the service-area budget, step by step as seed Sak 10/21 tells it: the original proposal (opprinnelig
/// forslag), the flat cut's saving, the proposal after the cut, the adjustments decided afterwards, and the budget
/// after all of them. Null amounts are blank cells (nothing pushed).
/// </summary>
public sealed record ServiceAreaBudgetRow(
    string Code,
    string Name,
    bool IsSum,
    decimal? PreviousBudget,
    decimal? PreviousForecast,
    decimal? LongTermBudget,
    decimal? OriginalProposal,
    decimal EfficiencySaving,
    decimal? BudgetAfterCut,
    decimal AdjustmentsTotal,
    decimal? Budget,
    IReadOnlyList<AdjustmentLine> Adjustments);

/// <summary>A budget year's service-area budget with its flat cut, in hundredths of a percent (150 = 1,5 %).</summary>
public sealed record ServiceAreaBudget(int BudgetYear, int CutBasisPoints, IReadOnlyList<ServiceAreaBudgetRow> Rows)
{
    public ServiceAreaBudgetRow Total => Rows[^1];
}

/// <summary>
/// Builds the budget per tjenesteområde. The flat efficiency cut is taken once from each area's original proposal:
/// every area with a positive proposal gives the same percentage (rounded to øre, half away from zero); areas with a
/// negative or no proposal (e.g. Kostnadsreduserende tiltak) give nothing. Adjustments come after the cut and are not
/// cut. The total saving is the sum of the areas' savings.
/// </summary>
public static class ServiceAreaBudgetTable
{
    public static decimal SavingOf(decimal? originalProposal, int cutBasisPoints) =>
        originalProposal is > 0m ? Math.Round(originalProposal.Value * cutBasisPoints / 10_000m, 2, MidpointRounding.AwayFromZero) : 0m;

    public static ServiceAreaBudget Build(
        int budgetYear, IEnumerable<ServiceAreaBudgetEntry> entries, IEnumerable<ServiceAreaBudgetAdjustment> adjustments, int cutBasisPoints)
    {
        var byArea = entries.ToDictionary(e => e.AreaCode);
        var adjustmentsByArea = adjustments.OrderBy(a => a.Position).ThenBy(a => a.Reason, StringComparer.Ordinal)
            .ToLookup(a => a.AreaCode);
        var rows = ServiceAreas.All.Select(area =>
        {
            var entry = byArea.GetValueOrDefault(area.Code);
            var proposal = entry?.Budget;
            var saving = SavingOf(proposal, cutBasisPoints);
            var afterCut = proposal - saving;
            var areaAdjustments = adjustmentsByArea[area.Code].Select(a => new AdjustmentLine(a.Amount, a.Reason)).ToList();
            var adjustmentsTotal = areaAdjustments.Sum(a => a.Amount);
            decimal? budget = afterCut is null && areaAdjustments.Count == 0 ? null : (afterCut ?? 0m) + adjustmentsTotal;
            return new ServiceAreaBudgetRow(area.Code, area.Name, false,
                entry?.PreviousBudget, entry?.PreviousForecast, entry?.LongTermBudget, proposal,
                saving, afterCut, adjustmentsTotal, budget, areaAdjustments);
        }).ToList();

        rows.Add(new ServiceAreaBudgetRow(ServiceAreas.TotalCode, ServiceAreas.TotalName, true,
            SumOf(rows.Select(r => r.PreviousBudget)),
            SumOf(rows.Select(r => r.PreviousForecast)),
            SumOf(rows.Select(r => r.LongTermBudget)),
            SumOf(rows.Select(r => r.OriginalProposal)),
            rows.Sum(r => r.EfficiencySaving),
            SumOf(rows.Select(r => r.BudgetAfterCut)),
            rows.Sum(r => r.AdjustmentsTotal),
            SumOf(rows.Select(r => r.Budget)),
            []));
        return new ServiceAreaBudget(budgetYear, cutBasisPoints, rows);
    }

    /// <summary>The sum of the filled cells; blank when every cell is blank.</summary>
    private static decimal? SumOf(IEnumerable<decimal?> cells)
    {
        var filled = cells.Where(c => c.HasValue).ToList();
        return filled.Count == 0 ? null : filled.Sum();
    }
}
