using Hemit.BuildingBlocks.Importing;
using Hemit.Finance.Grpc;
using Hemit.Finance.IncomeStatements;
using Hemit.Finance.Ledger;

namespace Hemit.Finance.Tests.Arithmetic;

public sealed class IncomeStatementCalculatorTests
{
    private static LedgerAmount Amount(int month, string line, LedgerScenario scenario, decimal amount) => new(month, line, scenario, amount);

    [Fact]
    public void Seed_october_2021_statement_is_reproduced_line_by_line_from_the_test_file()
    {
        var rejections = new RowRejections();
        var amounts = SeedOctober2021.ReadLedger()
            .Select((line, i) => LedgerRowValidator.Validate(line, i + 1, rejections)!)
            .Select(e => new LedgerAmount(e.Month, e.LineCode, e.Scenario, e.Amount))
            .ToList();
        Assert.False(rejections.Any);

        var statement = IncomeStatementCalculator.Compute(2021, 10, amounts).ToResponse();

        Assert.Equal(SeedOctober2021.Table.Keys, statement.Lines.Select(l => l.Code));
        foreach (var line in statement.Lines)
        {
            Assert.Equal(SeedOctober2021.ExpectedRow(line.Code), SeedOctober2021.PrintedRow(line));
        }
    }

    [Fact]
    public void Lines_come_in_the_board_papers_order_with_sum_lines_marked()
    {
        var statement = IncomeStatementCalculator.Compute(2021, 10, []);

        Assert.Equal(
            ["earmarked_grants", "other_operating_revenue", "total_operating_revenue", "salaries_permanent", "capitalised_payroll",
             "overtime_and_temps", "pension_incl_employer_tax", "payroll_refunds", "other_payroll", "total_payroll_costs",
             "depreciation", "other_operating_costs", "total_other_operating_costs", "total_operating_costs", "operating_result",
             "financial_income", "financial_costs", "net_financial_result", "ordinary_result"],
            statement.Rows.Select(r => r.Line.Code));
        Assert.Equal(
            ["total_operating_revenue", "total_payroll_costs", "total_other_operating_costs", "total_operating_costs",
             "operating_result", "net_financial_result", "ordinary_result"],
            statement.Rows.Where(r => r.Line.IsSum).Select(r => r.Line.Code));
    }

    [Fact]
    public void Sum_lines_add_revenue_and_subtract_costs()
    {
        var statement = IncomeStatementCalculator.Compute(2021, 1,
        [
            Amount(1, "other_operating_revenue", LedgerScenario.Actual, 100m),
            Amount(1, "salaries_permanent", LedgerScenario.Actual, 30m),
            Amount(1, "capitalised_payroll", LedgerScenario.Actual, -5m),
            Amount(1, "depreciation", LedgerScenario.Actual, 20m),
            Amount(1, "financial_income", LedgerScenario.Actual, 2m),
            Amount(1, "financial_costs", LedgerScenario.Actual, 7m),
        ]);

        Assert.Equal(25m, statement["total_payroll_costs"].Period.Actual);
        Assert.Equal(45m, statement["total_operating_costs"].Period.Actual);
        Assert.Equal(55m, statement["operating_result"].Period.Actual);
        Assert.Equal(-5m, statement["net_financial_result"].Period.Actual);
        Assert.Equal(50m, statement["ordinary_result"].Period.Actual);
    }

    [Fact]
    public void Year_to_date_sums_january_to_the_report_month_only()
    {
        var statement = IncomeStatementCalculator.Compute(2021, 3,
        [
            Amount(1, "depreciation", LedgerScenario.Actual, 10m),
            Amount(3, "depreciation", LedgerScenario.Actual, 30m),
            Amount(4, "depreciation", LedgerScenario.Actual, 400m),
            Amount(2, "depreciation", LedgerScenario.Budget, 25m),
            Amount(12, "depreciation", LedgerScenario.Budget, 100m),
        ]);

        var depreciation = statement["depreciation"];
        Assert.Equal(30m, depreciation.Period.Actual);
        Assert.Equal(40m, depreciation.YearToDate.Actual);
        Assert.Equal(25m, depreciation.YearToDate.Budget);
        Assert.Equal(-15m, depreciation.YearToDate.Variance);
        Assert.Equal(125m, depreciation.Annual.Budget);
    }

    [Fact]
    public void The_latest_forecast_up_to_the_report_month_counts_per_line()
    {
        var amounts = new[]
        {
            Amount(1, "depreciation", LedgerScenario.Budget, 1200m),
            Amount(3, "depreciation", LedgerScenario.Forecast, 1100m),
            Amount(6, "depreciation", LedgerScenario.Forecast, 1000m),
            Amount(9, "depreciation", LedgerScenario.Forecast, 900m),
            Amount(1, "other_operating_revenue", LedgerScenario.Budget, 2000m),
        };

        var june = IncomeStatementCalculator.Compute(2021, 6, amounts);

        Assert.Equal(1000m, june["depreciation"].Annual.Forecast);
        Assert.Equal(200m, june["depreciation"].Annual.Variance);
        Assert.Equal(83, june["depreciation"].Annual.IndexPercent);
        // No forecast for revenue: the forecast is the annual budget.
        Assert.Equal(2000m, june["other_operating_revenue"].Annual.Forecast);
        Assert.Equal(1000m, june["operating_result"].Annual.Forecast);
        Assert.Equal(6, june.ForecastMadeInMonth);
        Assert.Equal(900m, IncomeStatementCalculator.Compute(2021, 12, amounts)["depreciation"].Annual.Forecast);
        Assert.Null(IncomeStatementCalculator.Compute(2021, 2, amounts).ForecastMadeInMonth);
    }
}
