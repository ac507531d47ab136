using System.Globalization;

namespace Hemit.Dashboard.Bench;

/// <summary>Latencies of one kind of query, with the percentiles the report prints.</summary>
internal sealed class LatencySamples(string name)
{
    private readonly List<double> milliseconds = [];

    public string Name { get; } = name;

    public int Count
    {
        get
        {
            lock (milliseconds)
            {
                return milliseconds.Count;
            }
        }
    }

    public void Add(TimeSpan elapsed)
    {
        lock (milliseconds)
        {
            milliseconds.Add(elapsed.TotalMilliseconds);
        }
    }

    public double Percentile(double percentile)
    {
        lock (milliseconds)
        {
            if (milliseconds.Count == 0)
            {
                return double.NaN;
            }

            var sorted = milliseconds.Order().ToList();
            var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
            return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
        }
    }

    public string Row()
    {
        var p99 = Percentile(99);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name,-44} {Count,6} {Percentile(50),8:0.0} {Percentile(95),8:0.0} {p99,8:0.0} {Percentile(100),8:0.0} {p99 / BenchOptions.Limit.TotalMilliseconds,10:0.000}");
    }

    public static string Header =>
        $"{"query",-44} {"n",6} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"p99/200ms",10}";
}
