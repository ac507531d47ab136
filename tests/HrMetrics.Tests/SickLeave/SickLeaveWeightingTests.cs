using Hemit.HrMetrics.SickLeave;

namespace Hemit.HrMetrics.Tests.SickLeave;

public class SickLeaveWeightingTests
{
    private static SickLeaveEntry Month(int month, decimal agreed, decimal sick, string unit = "U-A") =>
        new() { Year = 2021, Month = month, Unit = unit, AgreedWorkDays = agreed, SickLeaveDays = sick };

    [Fact]
    public void A_month_with_few_agreed_days_moves_the_year_less_than_a_full_month()
    {
        // June: 4 % of 8 000 days; July (holidays): 8 % of only 4 000 days.
        var tally = SickLeaveTally.Of([Month(6, 8000m, 320m), Month(7, 4000m, 320m)]);

        Assert.Equal(640m / 12000m * 100m, tally.Percent!.Value, 6);
        Assert.Equal(5.333333m, tally.Percent);
        Assert.NotEqual((4m + 8m) / 2m, tally.Percent);
    }

    [Fact]
    public void Units_weigh_by_their_agreed_days_too()
    {
        // A large unit at 2 % and a small one at 20 % make 3.8 %, not 11 %.
        var tally = SickLeaveTally.Of([Month(1, 9000m, 180m, "U-BIG"), Month(1, 1000m, 200m, "U-SMALL")]);

        Assert.Equal(3.8m, tally.Percent);
    }

    [Fact]
    public void No_agreed_days_gives_no_rate_rather_than_zero()
    {
        Assert.Null(SickLeaveTally.Empty.Percent);
        Assert.False(SickLeaveTally.Empty.HasFigures);
    }

    [Fact]
    public void Self_certified_share_is_also_a_ratio_of_sums()
    {
        var tally = SickLeaveTally.Of([
            new SickLeaveEntry { Year = 2021, Month = 1, Unit = "U-A", AgreedWorkDays = 1000m, SickLeaveDays = 50m, SelfCertifiedDays = 10m },
            new SickLeaveEntry { Year = 2021, Month = 2, Unit = "U-A", AgreedWorkDays = 3000m, SickLeaveDays = 90m, SelfCertifiedDays = 30m },
        ]);

        Assert.Equal(1m, tally.SelfCertifiedPercent);
        Assert.Equal(3.5m, tally.Percent);
    }
}
