using System.Globalization;

namespace Hemit.Bench;

/// <summary>Medians, percentiles and the machine's load: how every figure of the run is taken.</summary>
public static class Measure
{
    public static double Median(IEnumerable<double> values) => Percentile(values, 50);

    /// <summary>Nearest-rank percentile.</summary>
    public static double Percentile(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The 1-minute load average, to print beside each figure (the machine is shared).</summary>
    public static double LoadAverage()
    {
        try
        {
            return double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return double.NaN;
        }
    }

    /// <summary>
    /// The fields of a /proc/PID/stat (or task) line after "pid (comm) ", so [0] is the state, [1] the parent's pid, [11]
    /// and [12] utime and stime: the command may hold spaces and parentheses, so the line is read after its last ')'.
    /// </summary>
    public static string[] ProcStatFields(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

    /// <summary>
    /// CPU time the whole machine has spent busy since boot (all cores, from /proc/stat: everything but idle and I/O
    /// wait), to put the CPU a benchmark costs beside its wall time. Zero where /proc/stat is not there.
    /// </summary>
    public static TimeSpan MachineBusyCpu()
    {
        try
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            // user nice system idle iowait irq softirq steal, in clock ticks (USER_HZ, 100 on Linux); guest time
            // after them is already counted in user.
            var busyTicks = fields.Take(8).Sum() - fields[3] - fields[4];
            return TimeSpan.FromMilliseconds(busyTicks * 10.0);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }
}

/// <summary>
/// The CPU time the tiered JIT's background threads (".NET Tiered Compilation": its recompiles at a higher tier) of some
/// processes have spent since the watch started, from /proc/PID/task, sampled every 100 ms: the runtime ends such a
/// thread when it idles and starts another, and an ended thread's time leaves /proc with it, so each thread's last
/// reading is kept. While this grows, a benchmark measures code still being compiled. Zero where /proc is not there.
/// </summary>
public sealed class TieredJitWatch : IAsyncDisposable
{
    private readonly int[] _processIds;
    private readonly Dictionary<(int Process, string Thread), long> _ticks = [];
    private readonly Dictionary<(int Process, string Thread), long> _atStart = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    public TieredJitWatch(params int[] processIds)
    {
        _processIds = processIds;
        Sample();
        foreach (var (thread, ticks) in _ticks)
        {
            _atStart[thread] = ticks;
        }

        _sampling = SampleAsync();
    }

    /// <summary>The JIT's CPU time since the watch started, as last sampled (take it again after a round: it is at most 100 ms old).</summary>
    public TimeSpan Spent
    {
        get
        {
            lock (_ticks)
            {
                Sample();
                var ticks = _ticks.Sum(t => t.Value - _atStart.GetValueOrDefault(t.Key));
                return TimeSpan.FromMilliseconds(ticks * 10.0);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                lock (_ticks)
                {
                    Sample();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Sample()
    {
        foreach (var processId in _processIds)
        {
            try
            {
                foreach (var task in Directory.EnumerateDirectories($"/proc/{processId}/task"))
                {
                    if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    // utime and stime, in clock ticks (USER_HZ, 100).
                    var fields = Measure.ProcStatFields(File.ReadAllText(Path.Combine(task, "stat")));
                    _ticks[(processId, Path.GetFileName(task))] =
                        long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A thread that ended while being read, or no /proc: what was read counts.
            }
        }
    }
}
