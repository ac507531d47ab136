using Hemit.Finance.IncomeStatements;

namespace Hemit.Finance.Tests.Arithmetic;

public sealed class VarianceTests
{
    [Fact]
    public void Revenue_above_budget_is_a_favourable_positive_variance()
    {
        // Andre øremerkede tilskudd, October 2021: 8 874 against 5 981.
        Assert.Equal(2_893_000m, Variance.Of(LineKind.Revenue, 8_874_000m, 5_981_000m));
    }

    [Fact]
    public void Cost_above_budget_is_an_unfavourable_negative_variance()
    {
        // Andre driftskostnader, October 2021: 56 825 against 47 475 prints (9 350).
        Assert.Equal(-9_350_000m, Variance.Of(LineKind.Cost, 56_825_000m, 47_475_000m));
    }

    [Fact]
    public void Cost_reduction_lines_larger_than_budget_are_favourable()
    {
        // Balanseføring av lønnskostnader: (1 502) against (688) is a favourable 814.
        Assert.Equal(814_000m, Variance.Of(LineKind.Cost, -1_502_000m, -688_000m));
    }

    [Fact]
    public void Result_below_budget_is_negative()
    {
        // DRIFTSRESULTAT October 2021: (3 401) against (1 669) prints (1 732).
        Assert.Equal(-1_732_000m, Variance.Of(LineKind.Result, -3_401_000m, -1_669_000m));
    }

    [Theory]
    [InlineData(8_874, 5_981, 148)]
    [InlineData(-1_502, -688, 218)]
    [InlineData(827, 1_233, 67)]
    [InlineData(-3_401, -1_669, 204)]
    [InlineData(194_228, 197_178, 99)]
    public void Index_is_actual_over_budget_in_whole_percent(int actual, int budget, int expected)
    {
        Assert.Equal(expected, Variance.IndexPercent(actual, budget));
    }

    [Theory]
    [InlineData(1005, 1000, 101)] // 100.5 % rounds half away from zero
    [InlineData(-1005, 1000, -101)]
    [InlineData(1004, 1000, 100)]
    public void Index_rounds_half_away_from_zero(int actual, int budget, int expected)
    {
        Assert.Equal(expected, Variance.IndexPercent(actual, budget));
    }

    [Fact]
    public void Index_is_absent_without_a_budget()
    {
        Assert.Null(Variance.IndexPercent(13_000m, 0m));
    }

    [Fact]
    public void Index_beyond_999_percent_is_left_blank_as_the_board_paper_does()
    {
        // DRIFTSRESULTAT hittil: 23 670 against 1 125 would be 2 104 %.
        Assert.Null(Variance.IndexPercent(23_670_000m, 1_125_000m));
        Assert.Equal(999, Variance.IndexPercent(9_990m, 1_000m));
    }
}
