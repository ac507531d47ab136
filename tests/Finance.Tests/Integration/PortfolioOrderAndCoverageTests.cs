using System.Text.Json;
using Hemit.Cli.Finance;
using Hemit.Cli.Importing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.TestSupport;

namespace Hemit.Finance.Tests.Integration;

/// <summary>Investments and measures come back in the order pushed, and a total over partial figures says what it covers.</summary>
[Collection(ServersCollection.Name)]
public sealed class PortfolioOrderAndCoverageTests(PlatformServers servers)
{
    private static List<T> Read<T>(string file, ImportFileLayout layout, Func<CsvRow, T> toMessage)
    {
        var (messages, problems) = CsvImporter.Read(SeedOctober2021.File(file), layout, toMessage);
        Assert.Empty(problems);
        return messages;
    }

    [Fact]
    public async Task Investments_come_back_in_the_order_pushed_and_a_later_item_comes_last()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var rows = Read("investments-2022.csv", InvestmentFile.Layout, InvestmentFile.ToMessage);
        await FinanceHost.PushAsync(finance.Client.ImportInvestments(), rows);
        await FinanceHost.PushAsync(finance.Client.ImportInvestments(),
            [new Investment { Year = 2022, Portfolio = InvestmentPortfolio.Infrastructure, Item = "Allmenn drift", Budget = Money.FromDecimal(1_000_000m) }]);
        var again = await FinanceHost.PushAsync(finance.Client.ImportInvestments(), rows);

        var portfolio = await finance.Client.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = 2022 });

        Assert.Equal((0, rows.Count), (again.Accepted, again.Unchanged));
        var infrastructure = portfolio.Lines.Where(l => l.Portfolio == InvestmentPortfolio.Infrastructure && !l.IsSum).Select(l => l.Item);
        Assert.Equal(["Server", "Lagring", "Nettverk", "Arbeidsflate og utstyr", "Kommunikasjon og mobilitet", "Infrastruktur, annet", "Allmenn drift"], infrastructure);
        var programmeAreas = portfolio.Lines.Where(l => l.Portfolio == InvestmentPortfolio.ProgrammeAreas && !l.IsSum).Select(l => l.Item).ToList();
        Assert.Equal(rows.Where(r => r.Portfolio == InvestmentPortfolio.ProgrammeAreas).Select(r => r.Item), programmeAreas);
        Assert.Equal(2, (await finance.OutboxPayloadsAsync("InvestmentPortfolioUpdated")).Count);
    }

    [Fact]
    public async Task The_programme_areas_total_forecast_covers_the_one_item_with_a_forecast_and_says_so()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await FinanceHost.PushAsync(finance.Client.ImportInvestments(), Read("investments-2022.csv", InvestmentFile.Layout, InvestmentFile.ToMessage));

        var portfolio = await finance.Client.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = 2022 });

        var total = portfolio.Lines.Single(l => l.IsSum && l.Portfolio == InvestmentPortfolio.ProgrammeAreas);
        Assert.Equal((11, 1, 1), (total.Items, total.ItemsWithSpend, total.ItemsWithForecast));
        Assert.Equal(232_062_000m, total.Forecast.ToDecimal());
        // Consumption of the total: the spend over the budget of the same item, not over all eleven budgets.
        Assert.Equal(46, total.ConsumptionPercent);
        var infrastructureTotal = portfolio.Lines.Single(l => l.IsSum && l.Portfolio == InvestmentPortfolio.Infrastructure);
        Assert.Null(infrastructureTotal.Forecast);
        Assert.False(infrastructureTotal.HasConsumptionPercent);

        var printed = PortfolioReports.Investments(portfolio);
        var totalRow = printed.Rows.Single(r => r[1] is string name && name.StartsWith("Totalsum programområder", StringComparison.Ordinal));
        Assert.Equal("232 062 (1 av 11)", printed.Columns[6].Format(totalRow[6]));
        Assert.Equal("46 % (1 av 11)", printed.Columns[5].Format(totalRow[5]));
    }

    [Fact]
    public async Task Cost_measures_come_back_in_the_order_pushed_and_are_announced()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var rows = Read("cost-measures-2021.csv", CostMeasureFile.Layout, CostMeasureFile.ToMessage);
        await FinanceHost.PushAsync(finance.Client.ImportCostMeasures(), rows);

        var measures = await finance.Client.GetCostMeasuresAsync(new GetCostMeasuresRequest { Year = 2021 });

        Assert.Equal(rows.Select(r => r.Activity), measures.Measures.Select(m => m.Measure.Activity));
        var announced = JsonDocument.Parse((await finance.OutboxPayloadsAsync("CostMeasuresUpdated")).Single()).RootElement;
        Assert.Equal((6, 3), (announced.GetProperty("changedMeasures").GetInt32(), announced.GetProperty("uncertainMeasures").GetInt32()));
    }
}
