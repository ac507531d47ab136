namespace Hemit.HostileInput.Tests.Csv;

/// <summary>Edits of a comma-separated file's text by line, column and cell, for building bad files from a sound one.</summary>
public static class Lines
{
    public static List<string> Of(string text) => [.. text.TrimEnd('\n').Split('\n')];

    public static List<string> HeaderOf(string text) => [.. Of(text)[0].Split(',')];

    private static string Join(IEnumerable<string> lines) => string.Join("\n", lines) + "\n";

    public static string Header(string text, Func<string, string> edit)
    {
        var lines = Of(text);
        lines[0] = edit(lines[0]);
        return Join(lines);
    }

    public static string Rename(string header, string column, string name) =>
        string.Join(",", header.Split(',').Select(c => c == column ? name : c));

    /// <summary>Edits data row <paramref name="row"/> (1 = the first under the header).</summary>
    public static string Row(string text, int row, Func<string, string> edit)
    {
        var lines = Of(text);
        lines[row] = edit(lines[row]);
        return Join(lines);
    }

    public static string Cell(string text, int row, string column, Func<string, string> edit)
    {
        var index = HeaderOf(text).IndexOf(column);
        return Row(text, row, line =>
        {
            var cells = line.Split(',');
            cells[index] = edit(cells[index]);
            return string.Join(",", cells);
        });
    }

    public static string DropColumn(string text, string column)
    {
        var index = HeaderOf(text).IndexOf(column);
        return Join(Of(text).Select(line => string.Join(",", line.Split(',').Where((_, i) => i != index))));
    }

    public static string AddColumn(string text, string name, string value) =>
        Join(Of(text).Select((line, i) => line + "," + (i == 0 ? name : value)));

    /// <summary>The first cell with a character outside ASCII (æ, ø, å), or null when the file is all ASCII.</summary>
    public static Where? FirstNonAscii(string text)
    {
        var lines = Of(text);
        var header = HeaderOf(text);
        for (var row = 1; row < lines.Count; row++)
        {
            var column = Array.FindIndex(lines[row].Split(','), cell => cell.Any(c => c > 127));
            if (column >= 0)
            {
                return new Where(row, header[column]);
            }
        }

        return null;
    }
}
