using System.Text.RegularExpressions;

namespace Hemit.Cli.Tests.Support;

/// <summary>
/// Reads back a table as the terminal shows it: a row is found by its first cell, and a number by the header it
/// stands under (numbers are right-aligned, so a cell ends where its header ends).
/// Cells are told apart by two or more spaces: inside a cell the board paper's numbers use single spaces ("3 401").
/// </summary>
public sealed partial class PrintedTable(string printed)
{
    private readonly string[] _lines = printed.Split('\n').Select(line => line.TrimEnd('\r')).ToArray();

    /// <summary>The non-empty cells of the first line whose first cell is <paramref name="label"/>, left to right.</summary>
    public IReadOnlyList<string> Cells(string label) => CellsOf(_lines[RowIndex(label)]);

    /// <summary>
    /// The text in row <paramref name="label"/> under the <paramref name="occurrence"/>-th header called
    /// <paramref name="header"/> (the nearest header line above the row); empty when that cell is blank.
    /// </summary>
    public string Under(string label, string header, int occurrence = 1)
    {
        var rowIndex = RowIndex(label);
        var headerLine = _lines.Take(rowIndex).Last(line => line.Contains(header, StringComparison.Ordinal));
        var start = -1;
        for (var i = 0; i < occurrence; i++)
        {
            start = headerLine.IndexOf(header, start + 1, StringComparison.Ordinal);
            Assert.True(start >= 0, $"The header line has no {occurrence}. '{header}':\n{headerLine}");
        }

        var row = _lines[rowIndex];
        var end = start + header.Length;
        if (end > row.Length || row[end - 1] == ' ')
        {
            return string.Empty;
        }

        var begin = end - 1;
        while (begin > 0 && !(row[begin - 1] == ' ' && (begin < 2 || row[begin - 2] == ' ')))
        {
            begin--;
        }

        return row[begin..end];
    }

    private int RowIndex(string label)
    {
        var index = Array.FindIndex(_lines, line => CellsOf(line).FirstOrDefault() == label);
        Assert.True(index >= 0, $"No row starts with '{label}' in:\n{string.Join('\n', _lines)}");
        return index;
    }

    private static List<string> CellsOf(string line) =>
        CellSeparator().Split(line.Trim()).Where(cell => cell.Length > 0).ToList();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex CellSeparator();
}
