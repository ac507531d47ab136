using Hemit.Contracts.Common.V1;
using Wire = Hemit.Contracts.Governance.V1;
using WireDecimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.Governance.StatusReport;

/// <summary>
/// How a source's figures are written into one subsection (e.g. "2.1 Sykefravær – netto"): each figure beside its
/// target with the owning service's verdict, never one computed here.
/// </summary>
public sealed class Figures(string source, string group, List<Wire.StatusReportFigure> items)
{
    public Figures(string source, string group)
        : this(source, group, [])
    {
    }

    public IReadOnlyList<Wire.StatusReportFigure> Items => items;

    /// <summary>The next subsection, kept in the same list (report order).</summary>
    public Figures Group(string name) => new(source, name, items);

    /// <summary>
    /// A figure beside its target. <paramref name="met"/> is the source's verdict (null: the source sets no target);
    /// without a value the figure is missing, whatever the verdict.
    /// </summary>
    public Figures Add(string key, string label, Wire.FigureUnit unit, int decimals, decimal? value, decimal? target, string targetLabel, bool? met)
    {
        items.Add(new Wire.StatusReportFigure
        {
            Key = $"{source}.{key}",
            Group = group,
            Label = label,
            Unit = unit,
            Decimals = decimals,
            Value = value.ToWireDecimal(),
            Target = target.ToWireDecimal(),
            TargetLabel = targetLabel,
            Status = value is null ? Wire.FigureStatus.NoFigures
                : met is null ? Wire.FigureStatus.NoTarget
                : met.Value ? Wire.FigureStatus.Met : Wire.FigureStatus.NotMet,
            Source = source,
        });
        return this;
    }

    /// <summary>A figure the source reports without a target.</summary>
    public Figures Add(string key, string label, Wire.FigureUnit unit, int decimals, decimal? value) =>
        Add(key, label, unit, decimals, value, null, string.Empty, null);

    public static Wire.StatusReportChart Chart(string key, string title, Wire.FigureUnit unit, int decimals, bool bars,
        IEnumerable<string> categories, params Wire.StatusReportSeries[] series)
    {
        var chart = new Wire.StatusReportChart { Key = key, Title = title, Unit = unit, Decimals = decimals, Bars = bars };
        chart.Categories.AddRange(categories);
        chart.Series.AddRange(series);
        return chart;
    }

    public static Wire.StatusReportSeries Series(string name, IEnumerable<decimal?> values, bool reference = false)
    {
        var series = new Wire.StatusReportSeries { Name = name, Reference = reference };
        series.Points.AddRange(values.Select(v => new Wire.StatusReportPoint { Value = v.ToWireDecimal() }));
        return series;
    }

    public static decimal? Value(WireDecimal? value) => value?.ToDecimal();

    public static decimal? Value(Money? value) => value?.ToDecimal();
}
