using Hemit.HrMetrics.Indicators;

namespace Hemit.HrMetrics.Tests.Indicators;

public class ReductionAssessmentTests
{
    [Fact]
    public void Down_25_percent_against_a_20_percent_requirement_is_on_track()
    {
        var result = ReductionAssessment.Evaluate(240m, 320m, 20m);

        Assert.Equal(-25m, result.ChangePercent);
        Assert.Equal(256m, result.Allowed);
        Assert.True(result.OnTrack);
    }

    [Fact]
    public void Down_only_15_percent_against_a_20_percent_requirement_is_off_track()
    {
        var result = ReductionAssessment.Evaluate(272m, 320m, 20m);

        Assert.Equal(-15m, result.ChangePercent);
        Assert.False(result.OnTrack);
    }

    [Fact]
    public void Exactly_the_allowed_value_is_on_track()
    {
        Assert.True(ReductionAssessment.Evaluate(256m, 320m, 20m).OnTrack);
        Assert.False(ReductionAssessment.Evaluate(257m, 320m, 20m).OnTrack);
    }

    [Fact]
    public void Ten_units_down_ten_percent_allows_nine()
    {
        Assert.Equal(9m, ReductionAssessment.AllowedValue(10m, 10m));
        Assert.True(ReductionAssessment.Evaluate(9m, 10m, 10m).OnTrack);
        Assert.False(ReductionAssessment.Evaluate(10m, 10m, 10m).OnTrack);
        Assert.Equal(0m, ReductionAssessment.Evaluate(10m, 10m, 10m).ChangePercent);
    }

    [Fact]
    public void On_track_is_judged_against_the_allowed_value_as_printed()
    {
        // 331 down 20 % allows 264,8: a count of 265 is over what the report prints as allowed.
        Assert.False(ReductionAssessment.Evaluate(265m, 331m, 20m).OnTrack);
        // 333 down 10 % allows 299,7 exactly; 299,96 (printed 300,0) would let a count of 300 pass as printed.
        Assert.Equal(299.96m, ReductionAssessment.AllowedValue(333.289m, 10m) is var a ? Math.Round(a, 2) : 0m);
        Assert.True(ReductionAssessment.Evaluate(300m, 333.289m, 10m).OnTrack);
    }

    [Fact]
    public void A_zero_baseline_has_no_change_percent_and_allows_nothing()
    {
        Assert.Null(ReductionAssessment.Evaluate(3m, 0m, 20m).ChangePercent);
        Assert.False(ReductionAssessment.Evaluate(3m, 0m, 20m).OnTrack);
        Assert.True(ReductionAssessment.Evaluate(0m, 0m, 20m).OnTrack);
    }

    [Fact]
    public void An_increase_shows_as_a_positive_change()
    {
        Assert.Equal(50m, ReductionAssessment.PercentChange(3m, 2m));
    }
}
