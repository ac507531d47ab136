using System.Text.RegularExpressions;
using Hemit.Contracts.Governance.V1;
using ScottPlot;

namespace Hemit.Portal.Report;

/// <summary>
/// A report chart drawn on the server as SVG (ScottPlot), so the page, its print and its PDF show the same picture
/// without JavaScript. Bars for a chart of categories, lines over months; a reference series (target, budget) dashed.
/// </summary>
public static partial class ChartSvg
{
    public const int Width = 640;
    public const int Height = 300;

    private static readonly Color[] Palette = [Color.FromHex("#1f4e79"), Color.FromHex("#9dc3e6"), Color.FromHex("#c55a11")];
    private static readonly Color ReferenceColor = Color.FromHex("#c00000");

    /// <summary>Series that count status colours (projects by phase and status) are drawn in their own colour.</summary>
    private static readonly Dictionary<string, Color> StatusColours = new()
    {
        ["Grønn"] = Color.FromHex("#2e7d32"),
        ["Gul"] = Color.FromHex("#e0a800"),
        ["Rød"] = Color.FromHex("#c00000"),
    };

    public static string Render(StatusReportChart chart)
    {
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Left.Label.Text = BoardFormats.AxisLabel(chart.Unit);
        var measured = chart.Series.Where(s => !s.Reference).ToList();
        var barWidth = 0.8 / Math.Max(1, measured.Count);
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var points = series.Points
                .Select((p, i) => (X: (double)i, Value: p.Value?.ToDecimal()))
                .Where(p => p.Value is not null)
                .Select(p => (p.X, Y: BoardFormats.Plotted(p.Value!.Value, chart.Unit)))
                .ToArray();
            if (series.Reference || !chart.Bars)
            {
                var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
                line.LegendText = series.Name;
                line.LineWidth = 2;
                line.Color = series.Reference ? ReferenceColor : Palette[measured.IndexOf(series) % Palette.Length];
                if (series.Reference)
                {
                    line.LinePattern = LinePattern.Dashed;
                    line.MarkerSize = chart.Bars ? 8 : 0;
                }
            }
            else
            {
                var index = measured.IndexOf(series);
                var offset = (index - (measured.Count - 1) / 2.0) * barWidth;
                var bars = points.Select(p => new Bar
                {
                    Position = p.X + offset,
                    Value = p.Y,
                    Size = barWidth * 0.95,
                    FillColor = StatusColours.GetValueOrDefault(series.Name, Palette[index % Palette.Length]),
                }).ToList();
                var plotted = plot.Add.Bars(bars);
                plotted.LegendText = series.Name;
            }
        }

        var ticks = chart.Categories.Select((c, i) => new Tick(i, c)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = BoardFormats.AxisNumber };
        plot.Axes.SetLimitsX(-0.6, chart.Categories.Count - 0.4);
        // Below the plot, so it never covers a bar or a point.
        plot.ShowLegend(Edge.Bottom);
        var svg = plot.GetSvgXml(Width, Height);
        // Inline SVG without the XML declaration, scaled to its box, named for assistive technology by its caption.
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return StableClipIds(svg[start..], chart.Key)
            .Replace("<svg ", $"<svg role=\"img\" aria-labelledby=\"chart-{chart.Key}\" viewBox=\"0 0 {Width} {Height}\" ", StringComparison.Ordinal);
    }

    /// <summary>
    /// Skia numbers its SVG clip paths from one count for the whole process (cl_4 in one drawing, cl_1a in the next), so
    /// the same chart would never draw the same SVG twice, nor the same report the same HTML (whose hash names its kept
    /// PDF). Named by the chart's key and their order instead: the same in every drawing, unique within a report.
    /// </summary>
    private static string StableClipIds(string svg, string chartKey)
    {
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        return SkiaClipId().Replace(svg, match =>
        {
            if (!renamed.TryGetValue(match.Value, out var stable))
            {
                stable = $"chart-{chartKey}-clip{renamed.Count + 1}";
                renamed.Add(match.Value, stable);
            }

            return stable;
        });
    }

    /// <summary>A clip path's id where it is declared (id="cl_1a") or used (url(#cl_1a)).</summary>
    [GeneratedRegex(@"(?<=id=""|url\(#)cl_[0-9a-f]+(?=["")])")]
    private static partial Regex SkiaClipId();
}
