using Hemit.HrMetrics.Grpc;
using Hemit.HrMetrics.Staffing;

namespace Hemit.HrMetrics.Tests.Staffing;

public class TurnoverTests
{
    private static StaffingEntry Permanent(int month, int headcount, int starters, int leavers) => new()
    {
        Year = 2021, Month = month, Category = StaffingCategory.Permanent, FteMonths = headcount - 10, Headcount = headcount,
        Starters = starters, Leavers = leavers,
    };

    [Fact]
    public void Tertials_are_january_to_april_may_to_august_september_to_december()
    {
        Assert.Equal([(1, 4), (5, 8), (9, 12)], Tertial.Of(2021).Select(t => (t.FirstMonth, t.LastMonth)));
        Assert.Equal("2021-T3", Tertial.Of(2021, 10).Label);
        Assert.Equal(2, Tertial.Of(2021, 8).Number);
    }

    [Fact]
    public void Turnover_per_tertial_is_leavers_over_average_headcount()
    {
        // T1: headcount 350, 352, 351, 355 (average 352), 3 + 2 + 3 + 1 = 9 leavers.
        var entries = TestFiles.StaffingEntries();
        var tertials = PermanentTurnover.PerTertial(entries, 2021, throughMonth: 10);

        var first = tertials[0];
        Assert.Equal(("2021-T1", 4, 9, 13, 352m), (first.Label, first.MonthsWithFigures, first.Leavers, first.Starters, first.AverageHeadcount));
        Assert.Equal(Math.Round(9m / 352m * 100m, 6), first.TurnoverPercent);
        Assert.Equal(Math.Round(27m / 352m * 100m, 6), first.AnnualisedPercent);
    }

    [Fact]
    public void The_current_tertial_is_cut_at_the_last_month_with_figures()
    {
        var tertials = PermanentTurnover.PerTertial(TestFiles.StaffingEntries(), 2021, throughMonth: 10);

        Assert.Equal(3, tertials.Count);
        var third = tertials[2];
        // September 355 and October 357: average 356; 3 + 2 leavers in two months.
        Assert.Equal((9, 10, 2, 5, 356m), (third.FirstMonth, third.LastMonth, third.MonthsWithFigures, third.Leavers, third.AverageHeadcount));
        Assert.Equal(Math.Round(5m * 6m / 356m * 100m, 6), third.AnnualisedPercent);
    }

    [Fact]
    public void Only_permanent_staff_count_toward_turnover()
    {
        var entries = new List<StaffingEntry>
        {
            Permanent(1, 100, 0, 2),
            new() { Year = 2021, Month = 1, Category = StaffingCategory.Consultant, FteMonths = 30, Headcount = 30, Starters = 5, Leavers = 9 },
        };

        var turnover = PermanentTurnover.Over(entries, 2021, 1, 4, "2021-T1");

        Assert.Equal((2, 100m, 2m), (turnover.Leavers, turnover.AverageHeadcount, turnover.TurnoverPercent));
    }

    [Fact]
    public void Year_to_date_turnover_and_recruitment_need_follow_from_the_pace_of_leavers()
    {
        var report = TurnoverReport.Build(TestFiles.StaffingEntries(), 2021, plannedPermanentHeadcount: 365).ToResponse();

        // Leavers Jan..Oct: 3,2,3,1,2,3,3,2,3,2 = 24; average headcount 353.7.
        Assert.Equal(24, report.YearToDate.Leavers);
        Assert.Equal(353.7m, report.YearToDate.AverageHeadcount.ToDecimal());
        Assert.Equal(Math.Round(24m / 353.7m * 100m, 6), report.YearToDate.TurnoverPercent.ToDecimal());
        // 2.4 leavers a month for the 2 months left = 4.8 expected; growth 365 - 357 = 8; 12.8 rounds up to 13 people.
        var need = report.RecruitmentNeed;
        Assert.Equal((357, 365, 2, 4.8m, 8, 13), (need.CurrentPermanentHeadcount, need.PlannedPermanentHeadcount, need.RemainingMonths,
            need.ExpectedLeavers.ToDecimal(), need.Growth, need.Total));
    }

    [Fact]
    public void Without_a_plan_the_need_is_replacing_expected_leavers()
    {
        var need = RecruitmentNeedEstimate.From(PermanentTurnover.Over([Permanent(1, 100, 0, 1), Permanent(2, 99, 0, 2)], 2021, 1, 2, "2021"),
            currentHeadcount: 99, throughMonth: 2, plannedHeadcount: 0);

        Assert.Equal((99, 0, 10, 15m, 15), (need.PlannedHeadcount, need.Growth, need.RemainingMonths, need.ExpectedLeavers, need.Total));
    }
}
