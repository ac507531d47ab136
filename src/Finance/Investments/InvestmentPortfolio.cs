using Hemit.BuildingBlocks;

namespace Hemit.Finance.Investments;

/// <summary>
/// One line of the investment portfolio: an item, or a portfolio's total. A total's spend and forecast sum only the
/// items that have them (<see cref="ItemsWithSpend"/>, <see cref="ItemsWithForecast"/> of <see cref="Items"/>), and its
/// consumption is that spend over the same items' budget, so a total never reads as an underrun of missing figures.
/// </summary>
public sealed record InvestmentLine(
    Portfolio Portfolio,
    string Item,
    bool IsSum,
    decimal? LongTermBudget,
    decimal Budget,
    decimal? SpentToDate,
    int? ConsumptionPercent,
    decimal? Forecast,
    bool ReportedEachTertial,
    int Items,
    int ItemsWithSpend,
    int ItemsWithForecast);

/// <summary>A year's investment portfolio: each portfolio's items in the order first pushed, then its total.</summary>
public sealed record InvestmentPortfolio(int Year, IReadOnlyList<InvestmentLine> Lines)
{
    public static InvestmentPortfolio Build(int year, IEnumerable<InvestmentEntry> entries)
    {
        var all = entries.ToList();
        var lines = new List<InvestmentLine>();
        foreach (var portfolio in PortfolioCodes.InBoardOrder)
        {
            var items = all.Where(e => e.Portfolio == portfolio)
                .OrderBy(e => e.Position).ThenBy(e => e.Item, NorwegianCollation.Comparer).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            lines.AddRange(items.Select(e => new InvestmentLine(portfolio, e.Item, false, e.LongTermBudget, e.Budget, e.SpentToDate,
                InvestmentRules.ConsumptionPercent(e.SpentToDate, e.Budget), e.Forecast, InvestmentRules.IsReportedEachTertial(e.Budget),
                1, e.SpentToDate is null ? 0 : 1, e.Forecast is null ? 0 : 1)));

            var withSpend = items.Where(e => e.SpentToDate is not null).ToList();
            var withForecast = items.Where(e => e.Forecast is not null).ToList();
            decimal? spent = withSpend.Count == 0 ? null : withSpend.Sum(e => e.SpentToDate!.Value);
            lines.Add(new InvestmentLine(portfolio, TotalName, true,
                SumOf(items.Select(e => e.LongTermBudget)), items.Sum(e => e.Budget),
                spent, InvestmentRules.ConsumptionPercent(spent, withSpend.Sum(e => e.Budget)),
                withForecast.Count == 0 ? null : withForecast.Sum(e => e.Forecast!.Value),
                false, items.Count, withSpend.Count, withForecast.Count));
        }

        return new InvestmentPortfolio(year, lines);
    }

    public const string TotalName = "Totalsum";

    private static decimal? SumOf(IEnumerable<decimal?> cells)
    {
        var filled = cells.Where(c => c.HasValue).ToList();
        return filled.Count == 0 ? null : filled.Sum();
    }
}
