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
