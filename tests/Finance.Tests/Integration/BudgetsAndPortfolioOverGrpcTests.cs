using Grpc.Core;
using Hemit.Cli.Finance;
using Hemit.Cli.Importing;
using Hemit.Contracts.Finance.V1;
using Hemit.TestSupport;

namespace Hemit.Finance.Tests.Integration;

/// <summary>The budget case's tables, the investment portfolio and the measures, pushed from their CSV files over gRPC.</summary>
[Collection(ServersCollection.Name)]
public sealed class BudgetsAndPortfolioOverGrpcTests(PlatformServers servers)
{
    private static List<T> Read<T>(string file, ImportFileLayout layout, Func<CsvRow, T> toMessage)
    {
        var (messages, problems) = CsvImporter.Read(SeedOctober2021.File(file), layout, toMessage);
        Assert.Empty(problems);
        return messages;
    }

    [Fact]
    public async Task Budget_2022_by_category_reads_back_the_seed_table_with_its_sums()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var rows = Read("category-budgets-2022.csv", BudgetFiles.CategoryLayout, BudgetFiles.ToCategoryBudget);

        var first = await FinanceHost.PushAsync(finance.Client.ImportCategoryBudgets(), rows);
        var again = await FinanceHost.PushAsync(finance.Client.ImportCategoryBudgets(), rows);
        var budget = await finance.Client.GetCategoryBudgetAsync(new GetCategoryBudgetRequest { BudgetYear = 2022 });

        Assert.Equal((16, 0), (first.Accepted, first.Unchanged));
        Assert.Equal((0, 16), (again.Accepted, again.Unchanged));
        string Line(string code)
        {
            var line = budget.Lines.Single(l => l.Code == code);
            return $"{line.Name}: {line.PreviousBudget.ToDecimal()} | {line.PreviousForecast.ToDecimal()} | {line.Budget.ToDecimal()}";
        }

        Assert.Equal("Sum inntekter: 1115059000 | 1100363000 | 1231924000", Line("total_revenue"));
        Assert.Equal("Sum driftskostnader: 1114984000 | 1080288000 | 1223824000", Line("total_operating_costs"));
        Assert.Equal("DRIFTSRESULTAT: 75000 | 20075000 | 8100000", Line("operating_result"));
        Assert.Equal("RESULTAT: 0 | 20000000 | 0", Line("result"));
    }

    [Fact]
    public async Task Service_area_budget_takes_a_flat_cut_of_one_and_a_half_percent()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await FlatCutTests.PushSeedBudgetAsync(finance.Client);

        var cut = await finance.Client.ApplyEfficiencyCutAsync(new ApplyEfficiencyCutRequest { BudgetYear = 2022, CutBasisPoints = 150 });
        var read = await finance.Client.GetServiceAreaBudgetAsync(new GetServiceAreaBudgetRequest { BudgetYear = 2022 });

        Assert.Equal(cut, read);
        var total = read.Lines.Single(l => l.IsSum);
        Assert.Equal("Sum kostnader tjenesteområdet", total.Name);
        Assert.Equal(867_070_000m, total.PreviousBudget.ToDecimal());
        Assert.Equal(862_639_000m, total.PreviousForecast.ToDecimal());
        Assert.Equal(927_744_000m, total.LongTermBudget.ToDecimal());
        Assert.Equal(909_552_284m, total.OriginalProposal.ToDecimal());
        Assert.Equal(13_643_284.28m, total.EfficiencySaving.ToDecimal());
        Assert.Equal(899_508_999.72m, total.Budget.ToDecimal());
        Assert.Equal(7_343_771.58m, read.Lines.Single(l => l.Code == "technology_and_infrastructure").EfficiencySaving.ToDecimal());
    }

    [Fact]
    public async Task A_cut_without_an_imported_budget_is_refused()
    {
        using var finance = await FinanceHost.StartAsync(servers);

        var refusal = await Assert.ThrowsAsync<RpcException>(async () =>
            await finance.Client.ApplyEfficiencyCutAsync(new ApplyEfficiencyCutRequest { BudgetYear = 2030, CutBasisPoints = 150 }));

        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
    }

    [Fact]
    public async Task Investment_portfolio_flags_infrastructure_over_100_MNOK_for_tertial_reporting()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await FinanceHost.PushAsync(finance.Client.ImportInvestments(), Read("investments-2022.csv", InvestmentFile.Layout, InvestmentFile.ToMessage));

        var portfolio = await finance.Client.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = 2022 });

        Assert.Equal(["Infrastruktur (Hemit)"], portfolio.Lines.Where(l => l.ReportedEachTertial).Select(l => l.Item));
        Assert.Equal(46, portfolio.Lines.Single(l => l.Item == "Infrastruktur (Hemit)").ConsumptionPercent);
        var totals = portfolio.Lines.Where(l => l.IsSum).ToDictionary(l => l.Portfolio);
        Assert.Equal((343_021_000m, 366_208_000m),
            (totals[InvestmentPortfolio.ProgrammeAreas].LongTermBudget.ToDecimal(), totals[InvestmentPortfolio.ProgrammeAreas].Budget.ToDecimal()));
        Assert.Equal((233_875_000m, 257_062_000m),
            (totals[InvestmentPortfolio.Infrastructure].LongTermBudget.ToDecimal(), totals[InvestmentPortfolio.Infrastructure].Budget.ToDecimal()));
    }

    [Fact]
    public async Task Cost_measures_total_their_expected_gain_ranges()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await FinanceHost.PushAsync(finance.Client.ImportCostMeasures(), Read("cost-measures-2021.csv", CostMeasureFile.Layout, CostMeasureFile.ToMessage));

        var measures = await finance.Client.GetCostMeasuresAsync(new GetCostMeasuresRequest { Year = 2021 });

        Assert.Equal(6, measures.Measures.Count);
        Assert.Equal(28_492_635m, measures.TotalGainLow.ToDecimal());
        Assert.Equal(43_492_635m, measures.TotalGainHigh.ToDecimal());
        Assert.Equal(3, measures.UncertainMeasures);
    }
}
