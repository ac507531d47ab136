using Hemit.BuildingBlocks.Importing;
using Hemit.Finance.Importing;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Investments;

/// <summary>Checks pushed investment portfolio rows: every row sound, each year + portfolio + item once.</summary>
public static class InvestmentRowValidator
{
    public static readonly BatchRules<Wire.Investment, InvestmentEntry, (int, string, string)> Batch = new("Investment import", Validate,
        r => (r.Year, r.Portfolio, r.Item), r => ("item", $"{r.Year} {r.Portfolio} '{r.Item}'"));

    public static string? PortfolioCode(Wire.InvestmentPortfolio portfolio) => portfolio switch
    {
        Wire.InvestmentPortfolio.ProgrammeAreas => "programme_areas",
        Wire.InvestmentPortfolio.Infrastructure => "infrastructure",
        _ => null,
    };

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static InvestmentEntry? Validate(Wire.Investment message, long row, RowRejections rejections)
    {
        var ok = YearRules.TryRead(message.Year, row, "year", rejections);
        var portfolio = PortfolioCode(message.Portfolio);
        if (portfolio is null)
        {
            rejections.Add(row, "portfolio", "missing or unknown; use programme_areas or infrastructure");
            ok = false;
        }

        var item = message.Item?.Trim() ?? string.Empty;
        if (item.Length is 0 or > 200)
        {
            rejections.Add(row, "item", item.Length == 0 ? "missing; name the programme area or infrastructure category" : "longer than 200 characters");
            ok = false;
        }

        ok &= AmountRules.TryRead(message.LongTermBudget, required: false, row, "long_term_budget", rejections, out var longTermBudget);
        ok &= AmountRules.TryRead(message.Budget, required: true, row, "budget", rejections, out var budget);
        ok &= AmountRules.TryRead(message.SpentToDate, required: false, row, "spent_to_date", rejections, out var spent);
        ok &= AmountRules.TryRead(message.Forecast, required: false, row, "forecast", rejections, out var forecast);
        return ok
            ? new InvestmentEntry
            {
                Year = message.Year,
                Portfolio = portfolio!,
                Item = item,
                LongTermBudget = longTermBudget,
                Budget = budget!.Value,
                SpentToDate = spent,
                Forecast = forecast,
            }
            : null;
    }
}
