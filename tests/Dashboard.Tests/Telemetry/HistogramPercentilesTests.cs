using Hemit.Dashboard.Telemetry.Metrics;

namespace Hemit.Dashboard.Tests.Telemetry;

public sealed class HistogramPercentilesTests
{
    private static readonly double[] Bounds = [0.1, 0.5, 1.0];

    [Theory]
    [InlineData(50, 0.75)]
    [InlineData(90, 0.95)]
    public void A_percentile_is_interpolated_inside_its_bucket(double percentile, double expected) =>
        Assert.Equal(expected, HistogramPercentiles.Estimate(Bounds, [0, 0, 10, 0], percentile)!.Value, precision: 6);

    [Fact]
    public void Wide_sdk_default_buckets_are_narrowed_to_the_reported_min_and_max()
    {
        // .NET's default buckets are 0, 5, 10, 25 ...: 0.02-0.06 s all land in (0, 5].
        double[] defaults = [0, 5, 10, 25];

        var p50 = HistogramPercentiles.Estimate(defaults, [0, 3, 0, 0, 0], 50, min: 0.02, max: 0.06);
        var p99 = HistogramPercentiles.Estimate(defaults, [0, 3, 0, 0, 0], 99, min: 0.02, max: 0.06);

        Assert.Equal(0.04, p50!.Value, precision: 6);
        Assert.InRange(p99!.Value, 0.05, 0.06);
    }

    [Fact]
    public void An_empty_histogram_has_no_percentile() =>
        Assert.Null(HistogramPercentiles.Estimate(Bounds, [0, 0, 0, 0], 50));
}
