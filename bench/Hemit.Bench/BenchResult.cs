using System.Globalization;
using System.Text;

namespace Hemit.Bench;

/// <summary>One measured figure beside what it is judged against: a ratio to a limit or to the naive way, and a goal.</summary>
public sealed record BenchResult(string Benchmark, string Figure, double Value, string Unit, string Against, double? Ratio, string Goal, bool? GoalMet, string Note = "");

public static class BenchTable
{
    public static string Render(IReadOnlyList<BenchResult> results, bool smoke)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores; {(smoke ? "smoke run (small data, goals not judged)" : "full run")}");
        text.AppendLine("benchmark        figure                       value  against              ratio  goal          met");
        foreach (var r in results)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Benchmark,-16} {r.Figure,-24} {r.Value,10:0.0} {r.Unit,-9} {r.Against,-16} {(r.Ratio is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) : "-"),5}  {r.Goal,-12} {(r.GoalMet is { } met ? (met ? "yes" : "NO") : "-")}"));
        }

        return text.ToString();
    }
}
