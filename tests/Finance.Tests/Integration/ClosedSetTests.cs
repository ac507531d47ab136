using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.Tests.Integration;

/// <summary>Investment portfolio and gain unit are enums from the wire to the database, stored as the codes they always were.</summary>
[Collection(ServersCollection.Name)]
public sealed class ClosedSetTests(PlatformServers servers)
{
    [Fact]
    public async Task Portfolio_and_gain_unit_are_stored_as_their_codes_and_rows_stored_before_read_back_as_enums()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await FinanceHost.PushAsync(finance.Client.ImportInvestments(),
            [new Investment { Year = 2022, Portfolio = InvestmentPortfolio.Infrastructure, Item = "Nettverk", Budget = Money.FromDecimal(12_000_000m) }]);
        await FinanceHost.PushAsync(finance.Client.ImportCostMeasures(),
        [
            new CostMeasure { Year = 2022, Activity = "Erstatte innleie med egne ansatte", Status = "Pågår", GainUnit = GainUnit.Nok, GainLow = Money.FromDecimal(5_000_000m), GainHigh = Money.FromDecimal(10_000_000m) },
            new CostMeasure { Year = 2022, Activity = "Applikasjonskonsolidering", Status = "Planlagt", GainUnit = GainUnit.Uncertain },
        ]);
        // A row as stored before the enum: the same code in the same column.
        await finance.QueryAsync(db => db.Database.ExecuteSqlRawAsync(
            "INSERT INTO investments (year, portfolio, item, budget, position) VALUES (2022, 'programme_areas', 'Ny AMK', 2100000, 99)"));

        Assert.Equal(["infrastructure", "programme_areas"], await finance.QueryAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT portfolio AS \"Value\" FROM investments ORDER BY portfolio").ToListAsync()));
        Assert.Equal(["nok", "uncertain"], await finance.QueryAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT gain_unit AS \"Value\" FROM cost_measures ORDER BY gain_unit").ToListAsync()));

        var portfolio = await finance.Client.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = 2022 });
        Assert.Equal([(InvestmentPortfolio.ProgrammeAreas, "Ny AMK"), (InvestmentPortfolio.Infrastructure, "Nettverk")],
            portfolio.Lines.Where(l => !l.IsSum).Select(l => (l.Portfolio, l.Item)));
        var measures = await finance.Client.GetCostMeasuresAsync(new GetCostMeasuresRequest { Year = 2022 });
        Assert.Equal([GainUnit.Nok, GainUnit.Uncertain], measures.Measures.Select(m => m.Measure.GainUnit));
        Assert.Equal((5_000_000m, 10_000_000m, 1), (measures.TotalGainLow.ToDecimal(), measures.TotalGainHigh.ToDecimal(), measures.UncertainMeasures));
    }
}
