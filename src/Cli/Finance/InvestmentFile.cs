using Hemit.Cli.Importing;
using Hemit.Contracts.Finance.V1;

namespace Hemit.Cli.Finance;

/// <summary>The investment portfolio file: one programme area or infrastructure category per row, amounts in NOK.</summary>
public static class InvestmentFile
{
    public static readonly ImportFileLayout Layout = new(
        ["year", "portfolio", "item", "budget"], ["long_term_budget", "spent_to_date", "forecast"]);

    public static Investment ToMessage(CsvRow row) => new()
    {
        Year = FinanceCells.Year(row, "year"),
        Portfolio = row.Text("portfolio").ToLowerInvariant() switch
        {
            "programme_areas" => InvestmentPortfolio.ProgrammeAreas,
            "infrastructure" => InvestmentPortfolio.Infrastructure,
            "" => InvestmentPortfolio.Unspecified,
            var other => row.Refuse("portfolio", $"'{other}' is not a portfolio; write programme_areas or infrastructure", InvestmentPortfolio.Unspecified),
        },
        Item = row.Text("item"),
        Budget = FinanceCells.Nok(row, "budget"),
        LongTermBudget = FinanceCells.OptionalNok(row, "long_term_budget"),
        SpentToDate = FinanceCells.OptionalNok(row, "spent_to_date"),
        Forecast = FinanceCells.OptionalNok(row, "forecast"),
    };
}
