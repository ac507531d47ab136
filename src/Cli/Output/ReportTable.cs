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
    public string Format(object? value) => Display?.Invoke(value) ?? DisplayFormats.Default(value);
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
