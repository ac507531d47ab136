using System.Text.Json;
using Hemit.Cli.Finance;
using Hemit.Cli.Importing;
using Hemit.Contracts.Finance.V1;
using Hemit.TestSupport;

namespace Hemit.Finance.Tests.Integration;

/// <summary>
/// Seed 001, Sak 10/21 "Budsjett 2022": the areas' original proposal is cut flat by 1,5 % ("13,6 mill kr lavere
/// inndekning … enn … i opprinnelig forslag"), then LØ gets +1,5 mill and Prehospitale tjenester (Ny AMK) +2,1 mill,
/// and the result is Budsjett 2022, 899 509. Pushed from the CSV files as `hemit finance import` reads them.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class FlatCutTests(PlatformServers servers)
{
    private static List<T> Read<T>(string file, ImportFileLayout layout, Func<CsvRow, T> toMessage)
    {
        var (messages, problems) = CsvImporter.Read(SeedOctober2021.File(file), layout, toMessage);
        Assert.Empty(problems);
        return messages;
    }

    internal static async Task PushSeedBudgetAsync(FinanceService.FinanceServiceClient client)
    {
        await FinanceHost.PushAsync(client.ImportServiceAreaBudgets(),
            Read("service-area-budgets-2022.csv", BudgetFiles.ServiceAreaLayout, BudgetFiles.ToServiceAreaBudget));
        await FinanceHost.PushAsync(client.ImportServiceAreaBudgetAdjustments(),
            Read("service-area-budget-adjustments-2022.csv", BudgetFiles.AdjustmentLayout, BudgetFiles.ToAdjustment));
    }

    private static decimal Thousands(decimal nok) => Math.Round(nok / 1000m, 0, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task The_seeds_cut_of_one_and_a_half_percent_saves_13_6_mill_and_leaves_a_budget_of_899_509()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await PushSeedBudgetAsync(finance.Client);

        var cut = await finance.Client.ApplyEfficiencyCutAsync(new ApplyEfficiencyCutRequest { BudgetYear = 2022, CutBasisPoints = 150 });

        var total = cut.Lines.Single(l => l.IsSum);
        Assert.Equal(13.6m, Math.Round(total.EfficiencySaving.ToDecimal() / 1_000_000m, 1));
        Assert.Equal(899_509m, Thousands(total.Budget.ToDecimal()));
        Assert.Equal(909_552m, Thousands(total.OriginalProposal.ToDecimal()));
        Assert.Equal(3_600_000m, total.AdjustmentsTotal.ToDecimal());
        Assert.Equal(total.OriginalProposal.ToDecimal() - total.EfficiencySaving.ToDecimal() + total.AdjustmentsTotal.ToDecimal(), total.Budget.ToDecimal());

        var logistics = cut.Lines.Single(l => l.Code == "logistics_and_finance");
        Assert.Equal(74_667m, Thousands(logistics.Budget.ToDecimal()));
        Assert.Equal(["1500000: Økning anbefalt av lederforum LØ"], logistics.Adjustments.Select(a => $"{a.Amount.ToDecimal():0}: {a.Reason}"));
        var patients = cut.Lines.Single(l => l.Code == "patient_treatment");
        Assert.Equal(94_593m, Thousands(patients.Budget.ToDecimal()));
        Assert.Equal(["2100000: Prehospitale tjenester: nasjonalt prosjekt Ny AMK"], patients.Adjustments.Select(a => $"{a.Amount.ToDecimal():0}: {a.Reason}"));
        // The cut is taken from the original proposal, not from the adjusted budget: the adjustments are not cut.
        Assert.Equal(Math.Round(logistics.OriginalProposal.ToDecimal() * 0.015m, 2, MidpointRounding.AwayFromZero), logistics.EfficiencySaving.ToDecimal());
    }

    [Fact]
    public async Task Setting_the_same_cut_twice_does_not_compound_and_announces_once()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await PushSeedBudgetAsync(finance.Client);

        var first = await finance.Client.ApplyEfficiencyCutAsync(new ApplyEfficiencyCutRequest { BudgetYear = 2022, CutBasisPoints = 150 });
        var second = await finance.Client.ApplyEfficiencyCutAsync(new ApplyEfficiencyCutRequest { BudgetYear = 2022, CutBasisPoints = 150 });

        Assert.Equal(first, second);
        var announced = (await finance.OutboxPayloadsAsync("ServiceAreaBudgetUpdated")).Select(p => JsonDocument.Parse(p).RootElement).ToList();
        Assert.Equal(["original_proposals", "adjustments", "efficiency_cut"], announced.Select(e => e.GetProperty("change").GetString()));
        var cutEvent = announced[^1];
        Assert.Equal(150, cutEvent.GetProperty("cutBasisPoints").GetInt32());
        Assert.Equal(899_509m, Thousands(cutEvent.GetProperty("totalBudget").GetDecimal()));
    }

    [Fact]
    public async Task Pushing_the_adjustments_again_changes_nothing_and_an_adjustment_without_a_reason_is_refused()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await PushSeedBudgetAsync(finance.Client);

        var again = await FinanceHost.PushAsync(finance.Client.ImportServiceAreaBudgetAdjustments(),
            Read("service-area-budget-adjustments-2022.csv", BudgetFiles.AdjustmentLayout, BudgetFiles.ToAdjustment));
        Assert.Equal((0, 2), (again.Accepted, again.Unchanged));

        var refusal = await Assert.ThrowsAsync<global::Grpc.Core.RpcException>(() => FinanceHost.PushAsync(finance.Client.ImportServiceAreaBudgetAdjustments(),
            [new ServiceAreaBudgetAdjustment { BudgetYear = 2022, Area = "advisory", Amount = Hemit.Contracts.Common.V1.Money.FromDecimal(1m), Reason = " " }]));
        Assert.Equal(global::Grpc.Core.StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Contains("row 1, reason: missing", refusal.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_area_file_with_the_old_budget_column_is_refused_by_name_rather_than_read_as_the_proposal()
    {
        var file = new FileInfo(Path.Combine(Path.GetTempPath(), $"service-areas-{Guid.NewGuid():N}.csv"));
        File.WriteAllText(file.FullName, "budget_year,area,budget\n2022,advisory,5279000\n");
        try
        {
            var refusal = Assert.Throws<Hemit.Cli.CliException>(() => CsvImporter.Read(file, BudgetFiles.ServiceAreaLayout, BudgetFiles.ToServiceAreaBudget));

            Assert.Contains("unknown column(s) budget", refusal.Message, StringComparison.Ordinal);
            Assert.Contains("original_proposal", refusal.Message, StringComparison.Ordinal);
        }
        finally
        {
            file.Delete();
        }
    }

    [Fact]
    public async Task A_changed_category_budget_is_announced_once_with_its_result()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var rows = Read("category-budgets-2022.csv", BudgetFiles.CategoryLayout, BudgetFiles.ToCategoryBudget);

        await FinanceHost.PushAsync(finance.Client.ImportCategoryBudgets(), rows);
        await FinanceHost.PushAsync(finance.Client.ImportCategoryBudgets(), rows);

        var announced = JsonDocument.Parse((await finance.OutboxPayloadsAsync("CategoryBudgetUpdated")).Single()).RootElement;
        Assert.Equal((2022, 16, 0m),
            (announced.GetProperty("budgetYear").GetInt32(), announced.GetProperty("changedCategories").GetInt32(), announced.GetProperty("result").GetDecimal()));
    }
}
