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

    /// <summary>
    /// CPU time a process's tiered-compilation thread (the JIT's background recompiles) has spent, from
    /// /proc/PID/task: while it is busy, a benchmark measures code still being compiled. Zero where /proc is not there.
    /// </summary>
    public static TimeSpan TieredJitCpu(int processId)
    {
        var ticks = 0L;
        try
        {
            foreach (var task in Directory.EnumerateDirectories($"/proc/{processId}/task"))
            {
                if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal))
                {
                    continue;
                }

                // After "pid (comm) ": state is field 3, utime and stime fields 14 and 15, in clock ticks (USER_HZ, 100).
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A thread that ended while being read, or no /proc: count what was read.
        }

        return TimeSpan.FromMilliseconds(ticks * 10.0);
    }
}
