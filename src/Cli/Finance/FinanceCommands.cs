using System.CommandLine;
using Hemit.Cli.Closing;
using Hemit.Cli.Connection;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Contracts.Finance.V1;

namespace Hemit.Cli.Finance;

/// <summary><c>hemit finance …</c>: push ledger, budgets, investments and measures; read the board's economy pages.</summary>
public static class FinanceCommands
{
    internal static readonly ServiceConnection<FinanceService.FinanceServiceClient> Service = new("finance", channel => new(channel));

    public static Command Create()
    {
        var finance = new Command("finance", "Økonomi: income statement, budgets, investments and cost measures");
        finance.Subcommands.Add(CreateImport());
        finance.Subcommands.Add(CreateIncomeStatement());
        finance.Subcommands.Add(CreateBudget());
        finance.Subcommands.Add(YearReportCommand.Create(Service, "investments", "Investeringsportefølje: LTB, budget, spend, consumption, forecast; > 100 MNOK flagged",
            async (client, _, year, ct) => PortfolioReports.Investments(
                await client.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = year }, cancellationToken: ct))));
        finance.Subcommands.Add(YearReportCommand.Create(Service, "cost-measures", "Kostnadsoptimalisering: measures, expected gain ranges and their totals",
            async (client, _, year, ct) => PortfolioReports.CostMeasures(
                await client.GetCostMeasuresAsync(new GetCostMeasuresRequest { Year = year }, cancellationToken: ct))));
        finance.Subcommands.Add(ClosePeriodCommand.Create(Service, (client, request, ct) => client.ClosePeriodAsync(request, cancellationToken: ct)));
        finance.Subcommands.Add(ReopenPeriodCommand.Create(Service, (client, request, ct) => client.ReopenPeriodAsync(request, cancellationToken: ct)));
        return finance;
    }

    private static Command CreateImport()
    {
        var import = new Command("import", "Push a CSV file to the finance service (all rows or none are written)");
        import.Subcommands.Add(ImportCommand.Create(Service, "ledger", "Ledger lines: period,line,scenario,amount (NOK)",
            LedgerFile.Layout, LedgerFile.ToMessage, (client, ct) => client.ImportLedgerLines(cancellationToken: ct)));
        import.Subcommands.Add(ImportCommand.Create(Service, "category-budgets", "Budget per revenue/cost category: " + BudgetFiles.CategoryLayout.Describe(),
            BudgetFiles.CategoryLayout, BudgetFiles.ToCategoryBudget, (client, ct) => client.ImportCategoryBudgets(cancellationToken: ct)));
        import.Subcommands.Add(ImportCommand.Create(Service, "service-area-budgets",
            "Opprinnelig forslag per tjenesteområde (before the flat cut): " + BudgetFiles.ServiceAreaLayout.Describe(),
            BudgetFiles.ServiceAreaLayout, BudgetFiles.ToServiceAreaBudget, (client, ct) => client.ImportServiceAreaBudgets(cancellationToken: ct)));
        import.Subcommands.Add(ImportCommand.Create(Service, "service-area-budget-adjustments",
            "Justeringer after the flat cut, each with its reason: " + BudgetFiles.AdjustmentLayout.Describe(),
            BudgetFiles.AdjustmentLayout, BudgetFiles.ToAdjustment, (client, ct) => client.ImportServiceAreaBudgetAdjustments(cancellationToken: ct)));
        import.Subcommands.Add(ImportCommand.Create(Service, "investments", "Investment portfolio: " + InvestmentFile.Layout.Describe(),
            InvestmentFile.Layout, InvestmentFile.ToMessage, (client, ct) => client.ImportInvestments(cancellationToken: ct)));
        import.Subcommands.Add(ImportCommand.Create(Service, "cost-measures", "Cost-saving measures (tiltak): " + CostMeasureFile.Layout.Describe(),
            CostMeasureFile.Layout, CostMeasureFile.ToMessage, (client, ct) => client.ImportCostMeasures(cancellationToken: ct)));
        return import;
    }

    private static Command CreateBudget()
    {
        var budget = new Command("budget", "Budsjett: per revenue/cost category and per tjenesteområde");
        budget.Subcommands.Add(YearReportCommand.Create(Service, "categories", "Budget per revenue and cost category against the previous budget and forecast",
            async (client, _, year, ct) => BudgetReports.Categories(
                await client.GetCategoryBudgetAsync(new GetCategoryBudgetRequest { BudgetYear = year }, cancellationToken: ct))));
        budget.Subcommands.Add(YearReportCommand.Create(Service, "service-areas", "Budget per tjenesteområde step by step: original proposal, flat cut, adjustments, budget",
            async (client, _, year, ct) => BudgetReports.ServiceAreas(
                await client.GetServiceAreaBudgetAsync(new GetServiceAreaBudgetRequest { BudgetYear = year }, cancellationToken: ct))));

        var percent = NumberOption.Create("--percent", "The flat cut in percent, e.g. 1,5 or 1.5 (0 removes it)");
        budget.Subcommands.Add(YearReportCommand.Create(Service, "efficiency-cut",
            "Set a flat efficiency cut of N % of every tjenesteområde's original proposal and show the budget step by step",
            async (client, parseResult, year, ct) => BudgetReports.ServiceAreas(await client.ApplyEfficiencyCutAsync(new ApplyEfficiencyCutRequest
            {
                BudgetYear = year,
                CutBasisPoints = CutBasisPoints(parseResult.GetValue(percent)),
            }, cancellationToken: ct)),
            percent));
        return budget;
    }

    private static int CutBasisPoints(decimal percent)
    {
        if (percent is < 0m or > 100m || decimal.Round(percent, 2) != percent)
        {
            throw new CliException($"--percent: {percent.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',')} is not a cut between 0 and 100 with at most two decimals");
        }

        return (int)(percent * 100m);
    }

    private static Command CreateIncomeStatement()
    {
        var period = PeriodOption.Create();
        var command = new Command("income-statement", "Resultatregnskap for a month: period, year to date, annual budget against forecast");
        command.Options.Add(period);
        command.SetAction(async (parseResult, ct) =>
        {
            var month = PeriodOption.Read(parseResult, period);
            var statement = await Service.CallAsync(parseResult, async client =>
                await client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = month }, cancellationToken: ct));
            ReportWriter.ForConsole(parseResult).Write(IncomeStatementReport.Build(statement), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }
}
