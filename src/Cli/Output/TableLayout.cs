namespace Hemit.Cli.Output;

/// <summary>One printed line of a table and whether it is a sum line (bold where the terminal can show it).</summary>
public sealed record LaidOutLine(string Text, bool Emphasised = false);

/// <summary>
/// Lays a <see cref="ReportTable"/> out in a given number of columns, one row per line, every label whole. When the
/// table is too wide it first wraps the column headers at their spaces, then leaves out columns (highest
/// <see cref="ReportColumn.DropOrder"/> first) and says which; it never breaks a cell. Titles and notes are prose and
/// wrap at word boundaries. The one layout every report's table format goes through.
/// </summary>
public static class TableLayout
{
    private const string Gap = "  ";

    public static IReadOnlyList<LaidOutLine> Lay(ReportTable report, int width, bool showCodes)
    {
        var columns = report.Columns.Select((column, index) => (Column: column, Index: index))
            .Where(c => c.Column.InTable && (showCodes || !c.Column.IsCode)).ToList();
        var cells = report.Rows.Select(row => report.Columns.Select((column, c) => column.Format(row[c])).ToArray()).ToList();
        int CellWidth(int index) => cells.Count == 0 ? 0 : cells.Max(row => row[index].Length);
        int ColumnWidth(int index, bool wrapHeaders) => Math.Max(CellWidth(index),
            wrapHeaders ? LongestWord(report.Columns[index].Header) : report.Columns[index].Header.Length);
        int TableWidth(IEnumerable<(ReportColumn Column, int Index)> shown, bool wrapHeaders) =>
            shown.Sum(c => ColumnWidth(c.Index, wrapHeaders) + Gap.Length) - Gap.Length;

        var dropped = new List<ReportColumn>();
        // Columns with nothing in them (e.g. months still to come) go first, then by drop order.
        var droppable = columns.Where(c => c.Column.DropOrder > 0)
            .OrderByDescending(c => CellWidth(c.Index) == 0).ThenByDescending(c => c.Column.DropOrder).ThenByDescending(c => c.Index).ToList();
        while (TableWidth(columns, wrapHeaders: true) > width && droppable.Count > 0)
        {
            columns.Remove(droppable[0]);
            dropped.Add(droppable[0].Column);
            droppable.RemoveAt(0);
        }

        var wrap = TableWidth(columns, wrapHeaders: false) > width;
        var widths = columns.Select(c => ColumnWidth(c.Index, wrap)).ToList();

        var lines = new List<LaidOutLine>();
        lines.AddRange(Wrap(report.Title, width).Select(line => new LaidOutLine(line, Emphasised: true)));

        var headers = columns.Select((c, i) => Wrap(c.Column.Header, widths[i])).ToList();
        var headerHeight = headers.Count == 0 ? 0 : headers.Max(h => h.Count);
        for (var line = 0; line < headerHeight; line++)
        {
            // Headers sit at the bottom of their cell, next to the figures they name.
            lines.Add(new LaidOutLine(Join(columns.Select((c, i) =>
            {
                var offset = line - (headerHeight - headers[i].Count);
                return Align(offset >= 0 ? headers[i][offset] : string.Empty, widths[i], c.Column.Alignment);
            }))));
        }

        lines.Add(new LaidOutLine(Join(widths.Select(w => new string('-', w)))));
        var missingShown = false;
        for (var r = 0; r < cells.Count; r++)
        {
            lines.Add(new LaidOutLine(Join(columns.Select((c, i) => Align(cells[r][c.Index], widths[i], c.Column.Alignment))), report.IsEmphasised(r)));
            missingShown |= columns.Any(c => report.Rows[r][c.Index] is MissingFigure);
        }

        var notes = new List<string>(report.Notes);
        if (missingShown)
        {
            notes.Add($"{DisplayFormats.Missing} = mangler tall (ingen data for perioden).");
        }

        if (dropped.Count > 0)
        {
            notes.Add($"Utelatt ved {width} tegns bredde: {string.Join(", ", dropped.Select(c => c.Header))}. " +
                "Alle kolonner: et bredere vindu (COLUMNS) eller --format csv/json.");
        }

        foreach (var note in notes)
        {
            lines.AddRange(Wrap(note, width).Select(line => new LaidOutLine(line)));
        }

        return lines;
    }

    private static string Join(IEnumerable<string> cells) => string.Join(Gap, cells).TrimEnd();

    private static string Align(string text, int width, ColumnAlignment alignment) =>
        alignment == ColumnAlignment.Right ? text.PadLeft(width) : text.PadRight(width);

    private static int LongestWord(string text) => text.Split(' ').Max(word => word.Length);

    /// <summary>Greedy word wrap; a single word longer than the width stays whole on its own line.</summary>
    internal static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length == 0)
            {
                current = word;
            }
            else if (current.Length + 1 + word.Length <= width)
            {
                current += " " + word;
            }
            else
            {
                lines.Add(current);
                current = word;
            }
        }

        lines.Add(current);
        return lines;
    }
}
