using System.Globalization;
using System.Text;

namespace Hemit.Bench;

/// <summary>One measured figure beside what it is judged against: a ratio to a limit or to the naive way, and a goal.</summary>
public sealed record BenchResult(string Benchmark, string Figure, double Value, string Unit, string Against, double? Ratio, string Goal, bool? GoalMet, string Note = "");

/// <summary>The machine a run was made on: the figures mean nothing without it.</summary>
public sealed record BenchMachine(int Cores, double MemoryGib, double LoadAtStart, double LoadAtEnd, string Started, bool Smoke)
{
    public static BenchMachine Now(bool smoke) => new(Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1), Measure.LoadAverage(), double.NaN,
        DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), smoke);
}

public static class BenchTable
{
    public static string Render(BenchMachine machine, IReadOnlyList<BenchResult> results)
    {
        var text = new StringBuilder();
        var kind = machine.Smoke ? "smoke run (small data, one short run each, goals not judged)" : "full run (median of several runs after a warm-up)";
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Machine: {machine.Cores} cores, {machine.MemoryGib:0.0} GiB; {machine.Started}; load average (1 min) {machine.LoadAtStart:0.0} at start, {machine.LoadAtEnd:0.0} at end; {kind}");
        text.AppendLine("| benchmark | figure | value | unit | against | ratio | goal | met | note |");
        text.AppendLine("|---|---|---:|---|---|---:|---|---|---|");
        foreach (var r in results)
        {
            var ratio = r.Ratio is { } value ? value.ToString("0.00", CultureInfo.InvariantCulture) : "";
            var met = r.GoalMet is { } m ? (m ? "yes" : "**no**") : "";
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Benchmark} | {r.Figure} | {Format(r.Value)} | {r.Unit} | {r.Against} | {ratio} | {r.Goal} | {met} | {r.Note} |"));
        }

        return text.ToString();
    }

    private static string Format(double value) => value switch
    {
        _ when double.IsNaN(value) => "-",
        >= 100 => value.ToString("#,0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
