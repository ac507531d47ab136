using Hemit.Finance.Budgets;
using Hemit.Finance.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.Investments;

/// <summary>Reads a year's investment portfolio.</summary>
public sealed class InvestmentPortfolioQuery(FinanceDbContext db)
{
    public async Task<InvestmentPortfolio> GetAsync(int year, CancellationToken cancellationToken)
    {
        BudgetQueries.RequireYear(year);
        var entries = await db.Set<InvestmentEntry>().AsNoTracking().Where(e => e.Year == year).ToListAsync(cancellationToken);
        return InvestmentPortfolio.Build(year, entries);
    }
}
