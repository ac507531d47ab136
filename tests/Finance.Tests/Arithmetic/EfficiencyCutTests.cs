using Hemit.Finance.Budgets;

namespace Hemit.Finance.Tests.Arithmetic;

public sealed class EfficiencyCutTests
{
    private static readonly ServiceAreaBudgetEntry[] Seed2022 =
    [
        Area("healthcare_administration", 41_353_000m),
        Area("research_and_quality_improvement", 11_520_000m),
        Area("clinical_support", 105_076_000m),
        new() { BudgetYear = 2022, AreaCode = "cost_reduction_measures", LongTermBudget = -8_775_000m },
        Area("logistics_and_finance", 74_667_000m),
        Area("patient_treatment", 94_593_000m),
        Area("advisory", 5_279_000m),
        Area("technology_and_infrastructure", 482_241_000m),
        Area("business_support_and_administration", 84_780_000m),
    ];

    private static ServiceAreaBudgetEntry Area(string code, decimal budget) => new() { BudgetYear = 2022, AreaCode = code, Budget = budget };

    [Fact]
    public void A_flat_cut_of_one_and_a_half_percent_takes_the_same_share_of_every_area()
    {
        var rows = ServiceAreaBudgetTable.Build(2022, Seed2022, [], cutBasisPoints: 150).Rows;

        var technology = rows.Single(r => r.Code == "technology_and_infrastructure");
        Assert.Equal(7_233_615m, technology.EfficiencySaving);
        Assert.Equal(475_007_385m, technology.BudgetAfterCut);
        var total = rows.Single(r => r.IsSum);
        Assert.Equal(899_509_000m, total.OriginalProposal);
        Assert.Equal(13_492_635m, total.EfficiencySaving);
        Assert.Equal(886_016_365m, total.BudgetAfterCut);
        Assert.Equal(886_016_365m, total.Budget);
        Assert.Equal(total.EfficiencySaving, rows.Where(r => !r.IsSum).Sum(r => r.EfficiencySaving));
    }

    [Fact]
    public void Areas_without_a_positive_budget_give_nothing()
    {
        var rows = ServiceAreaBudgetTable.Build(2022, Seed2022, [], cutBasisPoints: 150).Rows;

        Assert.Equal(0m, rows.Single(r => r.Code == "cost_reduction_measures").EfficiencySaving);
        Assert.Null(rows.Single(r => r.Code == "new_services").BudgetAfterCut);
        Assert.Equal(-8_775_000m, rows.Single(r => r.IsSum).LongTermBudget);
    }

    [Fact]
    public void Adjustments_after_the_cut_are_added_to_the_budget_and_not_cut()
    {
        var budget = ServiceAreaBudgetTable.Build(2022, Seed2022,
            [new ServiceAreaBudgetAdjustment { BudgetYear = 2022, AreaCode = "logistics_and_finance", Reason = "LØ", Amount = 1_500_000m, Position = 1 }],
            cutBasisPoints: 150);

        var logistics = budget.Rows.Single(r => r.Code == "logistics_and_finance");
        Assert.Equal(1_120_005m, logistics.EfficiencySaving);
        Assert.Equal(74_667_000m - 1_120_005m + 1_500_000m, logistics.Budget);
        Assert.Equal([new AdjustmentLine(1_500_000m, "LØ")], logistics.Adjustments);
        Assert.Equal(1_500_000m, budget.Total.AdjustmentsTotal);
        Assert.Equal(13_492_635m, budget.Total.EfficiencySaving);
    }

    [Fact]
    public void Savings_round_to_ore_half_away_from_zero()
    {
        Assert.Equal(0.02m, ServiceAreaBudgetTable.SavingOf(1.00m, 150));
        Assert.Equal(150.02m, ServiceAreaBudgetTable.SavingOf(10_001.00m, 150));
        Assert.Equal(0m, ServiceAreaBudgetTable.SavingOf(10_000m, 0));
    }

    [Fact]
    public void The_ten_areas_come_in_the_board_papers_order_then_the_sum()
    {
        var rows = ServiceAreaBudgetTable.Build(2022, [], [], 0).Rows;

        Assert.Equal(11, rows.Count);
        Assert.Equal("Administrasjon av helsehjelp", rows[0].Name);
        Assert.Equal("Virksomhetsstøtte og administrative tjenester", rows[9].Name);
        Assert.Equal("Sum kostnader tjenesteområdet", rows[10].Name);
        Assert.Null(rows[10].Budget);
        Assert.Null(rows[10].OriginalProposal);
    }
}
