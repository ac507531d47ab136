using Hemit.Finance.Budgets;
using Hemit.Finance.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.CostMeasures;

/// <summary>Reads a year's cost-saving measures.</summary>
public sealed class CostMeasuresQuery(FinanceDbContext db)
{
    public async Task<CostMeasureList> GetAsync(int year, CancellationToken cancellationToken)
    {
        BudgetQueries.RequireYear(year);
        var entries = await db.Set<CostMeasureEntry>().AsNoTracking().Where(e => e.Year == year).ToListAsync(cancellationToken);
        return CostMeasureList.Build(year, entries);
    }
}
