using Hemit.Finance.Data;
using Hemit.Finance.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.IncomeStatements;

/// <summary>Reads a year's ledger amounts and computes the income statement for a month of it.</summary>
public sealed class IncomeStatementQuery(FinanceDbContext db)
{
    public async Task<IncomeStatement> GetAsync(int year, int month, CancellationToken cancellationToken)
    {
        var entries = await db.Set<LedgerEntry>().AsNoTracking().Where(e => e.Year == year).ToListAsync(cancellationToken);
        var amounts = entries.Select(e => new LedgerAmount(e.Month, e.LineCode, e.Scenario, e.Amount));
        return IncomeStatementCalculator.Compute(year, month, amounts);
    }
}
