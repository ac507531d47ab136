using Google.Rpc;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Investments;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.Tests.Integration;

/// <summary>
/// Refusals name the request's real field as a path (AIP-193) with the row in the description; names from Norwegian
/// sources are accepted by the one name rule, personal data is refused and masked.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class FieldPathAndNameTests(PlatformServers servers)
{
    [Fact]
    public async Task Every_bad_field_of_every_bad_line_is_named_as_a_path_with_its_row()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        LedgerLine[] lines =
        [
            new() { Period = Period.Of(2021, 10), Line = "depreciation", Scenario = Scenario.Actual, Amount = Money.FromDecimal(1m) },
            new() { Period = Period.Of(2021, 13), Line = "operating_result", Scenario = Scenario.Unspecified, Amount = Money.FromDecimal(1m) },
        ];

        var refusal = await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(finance.Client.ImportLedgerLines(), lines));

        var violations = refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations;
        Assert.Equal(["lines[1].period", "lines[1].line", "lines[1].scenario"], violations.Select(v => v.Field));
        Assert.Equal("row 2: '2021-13' is not a real month", violations[0].Description);
        Assert.All(violations, v => Assert.StartsWith("row 2: ", v.Description));
        Assert.StartsWith("Ledger import refused, nothing written: 1 bad row(s); first: row 2, period:", refusal.Status.Detail);
    }

    [Fact]
    public async Task The_portfolio_and_measure_queries_name_their_own_field_year()
    {
        using var finance = await FinanceHost.StartAsync(servers);

        var portfolio = await Assert.ThrowsAsync<RpcException>(async () => await finance.Client.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = 0 }));
        var measures = await Assert.ThrowsAsync<RpcException>(async () => await finance.Client.GetCostMeasuresAsync(new GetCostMeasuresRequest { Year = 1850 }));
        var budget = await Assert.ThrowsAsync<RpcException>(async () => await finance.Client.GetCategoryBudgetAsync(new GetCategoryBudgetRequest { BudgetYear = 1850 }));

        Assert.Equal(("year", "missing; give the year, e.g. 2022"), Violation(portfolio));
        Assert.Equal(("year", "1850 is not a year between 1900 and 2999"), Violation(measures));
        Assert.Equal(("budget_year", "1850 is not a year between 1900 and 2999"), Violation(budget));
    }

    [Fact]
    public async Task Investment_items_named_in_Norwegian_are_accepted_and_one_holding_an_identity_number_is_refused_masked()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        Investment Item(string name) => new()
        {
            Year = 2022, Portfolio = Hemit.Contracts.Finance.V1.InvestmentPortfolio.Infrastructure, Item = name, Budget = Money.FromDecimal(12_500_000m),
        };

        var summary = await FinanceHost.PushAsync(finance.Client.ImportInvestments(), [Item("Drift og infrastruktur"), Item("Brukerstøtte – nye PC-er (Hemithjelp)")]);
        var refusal = await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(finance.Client.ImportInvestments(), [Item("Lisens 010190.12345")]));
        var portfolio = await finance.Client.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = 2022 });

        Assert.Equal(2, summary.Accepted);
        Assert.Contains("Brukerstøtte – nye PC-er (Hemithjelp)", portfolio.Lines.Select(l => l.Item));
        Assert.Contains("Drift og infrastruktur", portfolio.Lines.Select(l => l.Item));
        var violation = Assert.Single(refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("investments[0].item", violation.Field);
        Assert.StartsWith("row 1: 'Lisens ************' looks like personal data", violation.Description);
        Assert.Equal(2, await finance.QueryAsync(db => db.Set<InvestmentEntry>().CountAsync()));
    }

    private static (string Field, string Description) Violation(RpcException refusal)
    {
        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        var violation = Assert.Single(refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        return (violation.Field, violation.Description);
    }
}
