using System.Globalization;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Importing;

/// <summary>A cell that cannot become the value its column needs; the import reports all of them and sends nothing.</summary>
public sealed class CsvCellException(string field, string reason) : Exception(reason)
{
    public string Field { get; } = field;
}

/// <summary>One data row of an import file, with typed, strict accessors (invariant culture, no guessing).</summary>
public sealed class CsvRow(IReadOnlyDictionary<string, int> header, string[] cells, int row)
{
    /// <summary>1-based number of the data row (the first row under the header is 1; blank lines do not count), as servers report rows.</summary>
    public int Row { get; } = row;

    public bool Has(string field) => header.TryGetValue(field, out var index) && index < cells.Length && cells[index].Trim().Length > 0;

    public string Text(string field)
    {
        if (!header.TryGetValue(field, out var index) || index >= cells.Length)
        {
            throw new CsvCellException(field, "missing");
        }

        var text = cells[index].Trim();
        return text.Length > 0 ? text : throw new CsvCellException(field, "empty");
    }

    public string? OptionalText(string field) => Has(field) ? Text(field) : null;

    /// <summary>A decimal number written with a point, e.g. 1234567.89 (no thousands separators).</summary>
    public decimal Decimal(string field)
    {
        var text = Text(field);
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CsvCellException(field, $"'{text}' is not a number (write e.g. 1234.5, with a point and no spaces)");
    }

    public decimal? OptionalDecimal(string field) => Has(field) ? Decimal(field) : null;

    public int Integer(string field)
    {
        var text = Text(field);
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CsvCellException(field, $"'{text}' is not a whole number");
    }

    public Period Period(string field)
    {
        var text = Text(field);
        return Contracts.Common.V1.Period.TryParse(text, out var period, out var reason)
            ? period
            : throw new CsvCellException(field, reason);
    }

    public Money Money(string field) => Contracts.Common.V1.Money.FromDecimal(Decimal(field));
}
