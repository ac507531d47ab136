using Hemit.Finance.Budgets;
using Hemit.Finance.Data;
using Hemit.Finance.Importing;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Investments;

/// <summary>The investment portfolio of a year: each portfolio's items in the order pushed by name, then its total.</summary>
public sealed class InvestmentPortfolioQuery(FinanceDbContext db)
{
    public async Task<Wire.GetInvestmentPortfolioResponse> GetAsync(int year, CancellationToken cancellationToken)
    {
        BudgetQueries.RequireYear(year);
        var entries = await db.Set<InvestmentEntry>().AsNoTracking().Where(e => e.Year == year).ToListAsync(cancellationToken);
        var response = new Wire.GetInvestmentPortfolioResponse { Year = year };
        foreach (var portfolio in new[] { Wire.InvestmentPortfolio.ProgrammeAreas, Wire.InvestmentPortfolio.Infrastructure })
        {
            var code = InvestmentRowValidator.PortfolioCode(portfolio);
            var items = entries.Where(e => e.Portfolio == code).OrderBy(e => e.Item, StringComparer.Ordinal).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            response.Lines.AddRange(items.Select(e => Line(portfolio, e.Item, false, e.LongTermBudget, e.Budget, e.SpentToDate, e.Forecast)));
            response.Lines.Add(Line(portfolio, "Totalsum", true,
                SumOf(items.Select(e => e.LongTermBudget)), items.Sum(e => e.Budget),
                SumOf(items.Select(e => e.SpentToDate)), SumOf(items.Select(e => e.Forecast))));
        }

        return response;
    }

    private static Wire.InvestmentLine Line(
        Wire.InvestmentPortfolio portfolio, string item, bool isSum, decimal? longTermBudget, decimal budget, decimal? spent, decimal? forecast)
    {
        var line = new Wire.InvestmentLine
        {
            Portfolio = portfolio,
            Item = item,
            IsSum = isSum,
            LongTermBudget = AmountRules.ToMoney(longTermBudget),
            Budget = AmountRules.ToMoney(budget),
            SpentToDate = AmountRules.ToMoney(spent),
            Forecast = AmountRules.ToMoney(forecast),
            ReportedEachTertial = !isSum && InvestmentRules.IsReportedEachTertial(budget),
        };
        if (InvestmentRules.ConsumptionPercent(spent, budget) is { } consumption)
        {
            line.ConsumptionPercent = consumption;
        }

        return line;
    }

    private static decimal? SumOf(IEnumerable<decimal?> cells)
    {
        var filled = cells.Where(c => c.HasValue).ToList();
        return filled.Count == 0 ? null : filled.Sum();
    }
}
