using Hemit.HrMetrics.Indicators;
using Hemit.HrMetrics.SickLeave;

namespace Hemit.HrMetrics.Tests.SickLeave;

/// <summary>A status never contradicts the figure printed beside it: rates are judged at the one decimal the board reads.</summary>
public sealed class JudgedAsDisplayedTests
{
    private static readonly HrTargetOptions Targets = new();

    private static SickLeaveEntry Entry(string unit, decimal agreed, decimal sick) =>
        new() { Year = 2021, Month = 1, Unit = unit, AgreedWorkDays = agreed, SickLeaveDays = sick };

    [Fact]
    public void A_unit_shown_at_10_0_percent_is_not_counted_over_the_10_percent_threshold()
    {
        // 10,04 % prints as "10,0 %"; 10,05 % prints as "10,1 %".
        var entries = new[] { Entry("U-A", 10_000m, 1_004m), Entry("U-B", 10_000m, 1_005m) };

        var over = SickLeaveReport.UnitsOver(entries, Targets.UnitThresholdPercent);

        Assert.Equal(["U-B"], over.Select(u => u.Unit));
    }

    [Fact]
    public void A_rate_shown_as_5_0_percent_is_not_under_a_target_of_under_5_percent_and_4_96_is()
    {
        var shownAsFive = SickLeaveReport.Figure(SickLeaveTally.Of([Entry("U-A", 10_000m, 496m)]), Targets)!;
        var justOver = SickLeaveReport.Figure(SickLeaveTally.Of([Entry("U-A", 10_000m, 503m)]), Targets)!;
        var under = SickLeaveReport.Figure(SickLeaveTally.Of([Entry("U-A", 10_000m, 494m)]), Targets)!;

        // 4,96 prints as "5,0 %": not under 5 % as the reader sees it, so not called under the target.
        Assert.False(shownAsFive.MeetsTarget);
        Assert.False(justOver.MeetsTarget);
        Assert.True(under.MeetsTarget);
    }
}
