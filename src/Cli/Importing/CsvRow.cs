using System.Globalization;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Importing;

/// <summary>A cell that cannot become the value its column needs; the import reports all of them and sends nothing.</summary>
public sealed class CsvCellException(string field, string reason) : Exception(reason)
{
    public string Field { get; } = field;
}

/// <summary>
/// One data row of an import file, with typed, strict accessors (no guessing). A bad cell does not stop the row: it is
/// noted in <see cref="Problems"/> and a placeholder is returned, so every bad cell of the row is named, not only the first.
/// </summary>
public sealed class CsvRow(IReadOnlyDictionary<string, int> header, string[] cells, int row, DecimalSign decimalSign = DecimalSign.Point)
{
    private readonly List<RowRejection> _problems = [];

    /// <summary>1-based number of the data row (the first row under the header is 1; blank lines do not count), as servers report rows.</summary>
    public int Row { get; } = row;

    /// <summary>The decimal sign of the file's numbers: a point in comma-separated files, a comma in semicolon-separated ones.</summary>
    public DecimalSign DecimalSign { get; } = decimalSign;

    /// <summary>Each bad cell of the row, in the order the row was read; one per column.</summary>
    public IReadOnlyList<RowRejection> Problems => _problems;

    public bool Has(string field) => header.TryGetValue(field, out var index) && index < cells.Length && cells[index].Trim().Length > 0;

    /// <summary>Notes that <paramref name="field"/> is bad (once per column) and returns the placeholder, so reading goes on.</summary>
    public T Refuse<T>(string field, string reason, T placeholder)
    {
        if (_problems.All(p => p.Field != field))
        {
            _problems.Add(new RowRejection { Row = Row, Field = field, Reason = reason });
        }

        return placeholder;
    }

    public string Text(string field)
    {
        if (!header.TryGetValue(field, out var index) || index >= cells.Length)
        {
            return Refuse(field, "missing", string.Empty);
        }

        var text = cells[index].Trim();
        return text.Length > 0 ? text : Refuse(field, "empty", string.Empty);
    }

    public string? OptionalText(string field) => Has(field) ? Text(field) : null;

    /// <summary>A number with the file's decimal sign and no thousands separators (<see cref="NumberText"/>), e.g. 1234567.89 or 1234567,89.</summary>
    public decimal Decimal(string field)
    {
        var text = Text(field);
        if (text.Length == 0)
        {
            return 0m;
        }

        return NumberText.TryParse(text, DecimalSign, out var value, out var reason) ? value : Refuse(field, reason, 0m);
    }

    public decimal? OptionalDecimal(string field) => Has(field) ? Decimal(field) : null;

    public int Integer(string field)
    {
        var text = Text(field);
        if (text.Length == 0)
        {
            return 0;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : Refuse(field, $"'{text}' is not a whole number", 0);
    }

    public Period Period(string field)
    {
        var text = Text(field);
        if (text.Length == 0)
        {
            return new Period();
        }

        return Contracts.Common.V1.Period.TryParse(text, out var period, out var reason) ? period : Refuse(field, reason, new Period());
    }

    public Money Money(string field) => Contracts.Common.V1.Money.FromDecimal(Decimal(field));
}
