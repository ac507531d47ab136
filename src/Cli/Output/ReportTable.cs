namespace Hemit.Cli.Output;

public enum ColumnAlignment
{
    Left,
    Right,
}

/// <summary>
/// One column of a report. <see cref="Key"/> names it in json and csv; <see cref="Header"/> is what a person reads;
/// <see cref="Display"/> formats the exact value for the table (e.g. thousands of NOK with parentheses).
/// </summary>
public sealed record ReportColumn(string Key, string Header, ColumnAlignment Alignment = ColumnAlignment.Left, Func<object?, string>? Display = null)
{
    /// <summary>A machine code (e.g. <c>operating_result</c>): always in json and csv, in the table only with <c>--codes</c>.</summary>
    public bool IsCode { get; init; }

    /// <summary>
    /// When the table is too wide for the terminal, columns are left out highest first; 0 (the default) is never
    /// left out. Labels are 0, so a row keeps its whole name.
    /// </summary>
    public int DropOrder { get; init; }

    /// <summary>False for figures only machines need (e.g. how many items a total covers): json and csv only.</summary>
    public bool InTable { get; init; } = true;

    public string Format(object? value) => value switch
    {
        MissingFigure => DisplayFormats.Missing,
        PartialFigure partial => partial.Covered < partial.Of
            ? $"{Format(partial.Value)} ({partial.Covered} av {partial.Of})"
            : Format(partial.Value),
        _ => Display?.Invoke(value) ?? DisplayFormats.Default(value),
    };
}

/// <summary>
/// A total over only some of the items it sums (the others have no figure): the table says so beside the figure,
/// "12 345 (2 av 5)"; json and csv carry the exact value.
/// </summary>
public sealed record PartialFigure(object? Value, int Covered, int Of)
{
    /// <summary>The exact value for json and csv.</summary>
    public static object? Exact(object? cell) => cell is PartialFigure partial ? partial.Value : cell;
}

/// <summary>
/// A cell whose figure is missing (no data pushed for it), as opposed to a blank cell (nothing applies) or zero:
/// the table prints <see cref="DisplayFormats.Missing"/>, json null and csv an empty cell.
/// </summary>
public sealed class MissingFigure
{
    public static readonly MissingFigure Value = new();

    private MissingFigure()
    {
    }

    /// <summary>The figure, or <see cref="Value"/> when there is none.</summary>
    public static object Or<T>(T? figure) where T : struct => figure.HasValue ? figure.Value : Value;

    public static object Or(object? figure) => figure ?? Value;
}

/// <summary>A report as rows of exact values; the writer decides how each format shows them.</summary>
public sealed class ReportTable(string title, IReadOnlyList<ReportColumn> columns)
{
    private readonly List<object?[]> _rows = [];
    private readonly HashSet<int> _emphasised = [];

    public string Title { get; } = title;

    public IReadOnlyList<ReportColumn> Columns { get; } = columns;

    public IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>Lines printed under the table (targets, notes); json carries them as "notes".</summary>
    public List<string> Notes { get; } = [];

    public bool IsEmphasised(int rowIndex) => _emphasised.Contains(rowIndex);

    /// <param name="emphasised">Sum lines print in bold in the table, as the board paper does.</param>
    public ReportTable AddRow(bool emphasised, params object?[] values)
    {
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"Row has {values.Length} values for {Columns.Count} columns.", nameof(values));
        }

        if (emphasised)
        {
            _emphasised.Add(_rows.Count);
        }

        _rows.Add(values);
        return this;
    }

    public ReportTable AddRow(params object?[] values) => AddRow(false, values);
}
