using Hemit.BuildingBlocks.Importing;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Investments;

/// <summary>Checks pushed investment portfolio rows: every row sound, each year + portfolio + item once.</summary>
public static class InvestmentRowValidator
{
    public static readonly BatchRules<Wire.Investment, InvestmentEntry, (int, Portfolio, string)> Batch = new("Investment import", "investments", Validate,
        r => (r.Year, r.Portfolio, r.Item), r => ("item", $"{r.Year} {r.Portfolio.ToText()} '{r.Item}'"));

    public static Portfolio? FromWire(Wire.InvestmentPortfolio portfolio) => portfolio switch
    {
        Wire.InvestmentPortfolio.ProgrammeAreas => Portfolio.ProgrammeAreas,
        Wire.InvestmentPortfolio.Infrastructure => Portfolio.Infrastructure,
        _ => null,
    };

    /// <summary>Checks one row; adds its problems to <paramref name="rejections"/> and returns null when bad.</summary>
    public static InvestmentEntry? Validate(Wire.Investment message, long row, RowRejections rejections)
    {
        var ok = rejections.CheckYear(row, "year", message.Year);
        var portfolio = FromWire(message.Portfolio);
        if (portfolio is null)
        {
            rejections.Add(row, "portfolio", "missing or unknown; use programme_areas or infrastructure");
            ok = false;
        }

        var item = message.Item?.Trim() ?? string.Empty;
        ok &= rejections.CheckName(row, "item", item, "programme area or infrastructure category", "Drift og infrastruktur");

        ok &= AmountRules.TryRead(message.LongTermBudget, required: false, row, "long_term_budget", rejections, out var longTermBudget);
        ok &= AmountRules.TryRead(message.Budget, required: true, row, "budget", rejections, out var budget);
        ok &= AmountRules.TryRead(message.SpentToDate, required: false, row, "spent_to_date", rejections, out var spent);
        ok &= AmountRules.TryRead(message.Forecast, required: false, row, "forecast", rejections, out var forecast);
        return ok
            ? new InvestmentEntry
            {
                Year = message.Year,
                Portfolio = portfolio!.Value,
                Item = item,
                LongTermBudget = longTermBudget,
                Budget = budget!.Value,
                SpentToDate = spent,
                Forecast = forecast,
            }
            : null;
    }
}
