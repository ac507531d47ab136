using Hemit.BuildingBlocks.Grpc;
using Hemit.Finance.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.Budgets;

/// <summary>Reads a budget year's tables from the database.</summary>
public sealed class BudgetQueries(FinanceDbContext db)
{
    public async Task<CategoryBudgetTable> GetCategoryBudgetAsync(int budgetYear, CancellationToken cancellationToken)
    {
        RequireYear(budgetYear);
        var entries = await db.Set<CategoryBudgetEntry>().AsNoTracking().Where(e => e.BudgetYear == budgetYear).ToListAsync(cancellationToken);
        return CategoryBudgetTable.Build(budgetYear, entries);
    }

    public async Task<ServiceAreaBudget> GetServiceAreaBudgetAsync(int budgetYear, CancellationToken cancellationToken)
    {
        RequireYear(budgetYear);
        var entries = await db.Set<ServiceAreaBudgetEntry>().AsNoTracking().Where(e => e.BudgetYear == budgetYear).ToListAsync(cancellationToken);
        var adjustments = await db.Set<ServiceAreaBudgetAdjustment>().AsNoTracking().Where(e => e.BudgetYear == budgetYear).ToListAsync(cancellationToken);
        var cut = await db.Set<EfficiencyCut>().AsNoTracking().SingleOrDefaultAsync(c => c.BudgetYear == budgetYear, cancellationToken);
        return ServiceAreaBudgetTable.Build(budgetYear, entries, adjustments, cut?.CutBasisPoints ?? 0);
    }

    internal static void RequireYear(int year) => InvalidArgument.RequireYear(year, "budget_year");
}
