namespace Hemit.Dashboard.Telemetry.Metrics;

/// <summary>
/// Estimates a percentile from explicit-bucket histogram counts by linear interpolation inside the bucket
/// that holds it, as Prometheus's histogram_quantile does. When the sender reported the smallest and largest
/// value (OTLP min/max), the buckets are narrowed to them: SDK default buckets are wide (0-5, 5-10 ...),
/// and a request of 0.02 s must not be charted as 2.5 s.
/// </summary>
public static class HistogramPercentiles
{
    public static double? Estimate(ReadOnlySpan<double> bounds, ReadOnlySpan<ulong> counts, double percentile, double? min = null, double? max = null)
    {
        var estimate = EstimateInBuckets(bounds, counts, percentile, min, max);
        if (estimate is null)
        {
            return null;
        }

        return Math.Clamp(estimate.Value, min ?? double.MinValue, Math.Max(max ?? double.MaxValue, min ?? double.MinValue));
    }

    private static double? EstimateInBuckets(ReadOnlySpan<double> bounds, ReadOnlySpan<ulong> counts, double percentile, double? min, double? max)
    {
        ulong total = 0;
        foreach (var count in counts)
        {
            total += count;
        }

        if (total == 0 || counts.Length == 0)
        {
            return null;
        }

        var rank = percentile / 100.0 * total;
        double seen = 0;
        for (var bucket = 0; bucket < counts.Length; bucket++)
        {
            var inBucket = counts[bucket];
            if (inBucket == 0 || seen + inBucket < rank)
            {
                seen += inBucket;
                continue;
            }

            var lower = bucket == 0 ? Math.Min(0, bounds.Length > 0 ? bounds[0] : 0) : bounds[bucket - 1];
            var upper = bucket < bounds.Length ? bounds[bucket] : max ?? lower;
            if (min is { } smallest && smallest > lower && smallest <= upper)
            {
                lower = smallest;
            }

            if (max is { } largest && largest < upper && largest >= lower)
            {
                upper = largest;
            }

            return lower + ((upper - lower) * ((rank - seen) / inBucket));
        }

        return bounds.Length == 0 ? null : bounds[^1];
    }
}
