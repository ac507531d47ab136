using Hemit.Cli.Importing;
using Hemit.Contracts.Finance.V1;

namespace Hemit.Cli.Finance;

/// <summary>The budget import files: per revenue/cost category and per service area (tjenesteområde), amounts in NOK.</summary>
public static class BudgetFiles
{
    public static readonly ImportFileLayout CategoryLayout = new(
        ["budget_year", "category", "budget"], ["previous_budget", "previous_forecast"]);

    /// <summary><c>original_proposal</c> is the areas' proposal before the flat cut (opprinnelig forslag), not the final budget.</summary>
    public static readonly ImportFileLayout ServiceAreaLayout = new(
        ["budget_year", "area"], ["previous_budget", "previous_forecast", "long_term_budget", "original_proposal"]);

    /// <summary>Changes decided after the flat cut, one per area and reason.</summary>
    public static readonly ImportFileLayout AdjustmentLayout = new(["budget_year", "area", "amount", "reason"], []);

    public static CategoryBudget ToCategoryBudget(CsvRow row) => new()
    {
        BudgetYear = FinanceCells.Year(row, "budget_year"),
        Category = row.Text("category"),
        Budget = FinanceCells.Nok(row, "budget"),
        PreviousBudget = FinanceCells.OptionalNok(row, "previous_budget"),
        PreviousForecast = FinanceCells.OptionalNok(row, "previous_forecast"),
    };

    public static ServiceAreaBudget ToServiceAreaBudget(CsvRow row) => new()
    {
        BudgetYear = FinanceCells.Year(row, "budget_year"),
        Area = row.Text("area"),
        PreviousBudget = FinanceCells.OptionalNok(row, "previous_budget"),
        PreviousForecast = FinanceCells.OptionalNok(row, "previous_forecast"),
        LongTermBudget = FinanceCells.OptionalNok(row, "long_term_budget"),
        Budget = FinanceCells.OptionalNok(row, "original_proposal"),
    };

    public static ServiceAreaBudgetAdjustment ToAdjustment(CsvRow row) => new()
    {
        BudgetYear = FinanceCells.Year(row, "budget_year"),
        Area = row.Text("area"),
        Amount = FinanceCells.Nok(row, "amount"),
        Reason = row.Text("reason"),
    };
}
