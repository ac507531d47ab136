using Hemit.Finance.CostMeasures;
using Hemit.Finance.Investments;

namespace Hemit.Finance.Tests.Arithmetic;

public sealed class PortfolioArithmeticTests
{
    [Theory]
    [InlineData(257_062_000, true)]
    [InlineData(100_000_000, false)]
    [InlineData(100_000_000.01, true)]
    [InlineData(25_896_000, false)]
    public void Investments_over_100_MNOK_are_reported_each_tertial(decimal budget, bool reported)
    {
        Assert.Equal(reported, InvestmentRules.IsReportedEachTertial(budget));
    }

    [Fact]
    public void Consumption_is_spend_over_budget_in_whole_percent()
    {
        Assert.Equal(46, InvestmentRules.ConsumptionPercent(118_248_520m, 257_062_000m));
        Assert.Null(InvestmentRules.ConsumptionPercent(null, 257_062_000m));
        Assert.Null(InvestmentRules.ConsumptionPercent(1m, 0m));
    }

    [Fact]
    public void Gain_ranges_add_up_with_percent_measures_converted_and_uncertain_ones_counted_apart()
    {
        CostMeasureEntry[] measures =
        [
            new() { Activity = "Applikasjonskonsolidering", GainUnit = GainUnit.Uncertain },
            new() { Activity = "Effektivisering av tjenesteproduksjon", GainUnit = GainUnit.Percent, GainLowBasisPoints = 150, GainHighBasisPoints = 150, GainPercentOf = 899_509_000m },
            new() { Activity = "Erstatte innleie med egne ansatte", GainUnit = GainUnit.Nok, GainLow = 5_000_000m, GainHigh = 10_000_000m },
            new() { Activity = "Samarbeid/partnerskap med Helseplattformen", GainUnit = GainUnit.Nok, GainLow = 10_000_000m, GainHigh = 20_000_000m },
        ];

        var (low, high, uncertain) = ExpectedGain.Totals(measures);

        Assert.Equal(28_492_635m, low);
        Assert.Equal(43_492_635m, high);
        Assert.Equal(1, uncertain);
        Assert.Null(ExpectedGain.Of(measures[0]));
    }
}
