using System.Text;

namespace Hemit.Cli.Importing;

/// <summary>
/// An import file's bytes as text: UTF-8 (a BOM is dropped) unless another encoding is named explicitly, and which
/// separator its cells use. Bytes that are not UTF-8 are refused, never turned into replacement characters ('\uFFFD')
/// that would be stored as garbled names.
/// </summary>
public static class CsvFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvFileText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding an <c>--encoding</c> option names (utf-8, windows-1252, iso-8859-1, …), or a sentence why not.</summary>
    public static Encoding EncodingNamed(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            return encoding is UTF8Encoding ? StrictUtf8 : encoding;
        }
        catch (ArgumentException)
        {
            throw new CliException($"--encoding: '{name}' is not an encoding; use utf-8 (the default) or windows-1252 for files from older Excel");
        }
    }

    public static string Decode(FileInfo file, Encoding? encoding)
    {
        var bytes = File.ReadAllBytes(file.FullName);
        var body = bytes.AsSpan();
        if (body.StartsWith(Encoding.UTF8.Preamble))
        {
            if (encoding is not null and not UTF8Encoding)
            {
                throw new CliException($"{file.Name} starts with a UTF-8 byte order mark, so it is UTF-8, not {encoding.WebName}; leave out --encoding");
            }

            body = body[Encoding.UTF8.Preamble.Length..];
        }

        if (encoding is not null and not UTF8Encoding)
        {
            return encoding.GetString(body);
        }

        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw NotUtf8(file, body);
        }
    }

    /// <summary>A semicolon in the header means Excel's Norwegian CSV (<c>;</c> between cells, decimal comma); otherwise a comma.</summary>
    public static string DelimiterOf(string text)
    {
        var end = text.IndexOf('\n');
        var header = end < 0 ? text : text[..end];
        return header.Contains(';') ? ";" : ",";
    }

    /// <summary>Names the first line that is not UTF-8, and its data row, so the user can find it.</summary>
    private static CliException NotUtf8(FileInfo file, ReadOnlySpan<byte> body)
    {
        var line = 0;
        var dataRow = 0;
        var rest = body;
        while (true)
        {
            line++;
            var end = rest.IndexOf((byte)'\n');
            var current = end < 0 ? rest : rest[..end];
            var column = FirstInvalidByte(current);
            if (column >= 0)
            {
                var where = line == 1 ? "line 1 (the header)" : $"line {line} (row {dataRow + 1})";
                return new CliException(
                    $"{file.Name} is not UTF-8: {where} has byte 0x{current[column]:X2} at position {column + 1}{InColumn(body, current[..column])}, as a file " +
                    "saved by older Excel as Windows-1252 (ANSI) has; nothing was sent. Save it as \"CSV UTF-8\", or import it with --encoding windows-1252.");
            }

            if (line > 1 && current.Trim((byte)'\r').Trim((byte)' ').Length > 0)
            {
                dataRow++;
            }

            if (end < 0)
            {
                return new CliException($"{file.Name} is not UTF-8; save it as \"CSV UTF-8\", or import it with --encoding windows-1252.");
            }

            rest = rest[(end + 1)..];
        }
    }

    /// <summary>
    /// ", column unit" for a bad byte in the unit cell: the header's name of the cell the byte is in, counted by the
    /// separators before it (outside quotes), so the user finds the cell, not only the line.
    /// </summary>
    private static string InColumn(ReadOnlySpan<byte> body, ReadOnlySpan<byte> before)
    {
        var headerEnd = body.IndexOf((byte)'\n');
        var header = Encoding.Latin1.GetString(headerEnd < 0 ? body : body[..headerEnd]).TrimEnd('\r');
        var delimiter = DelimiterOf(header)[0];
        var index = Encoding.Latin1.GetString(before).Aggregate((Quoted: false, Cells: 0), (state, c) =>
            c == '"' ? (!state.Quoted, state.Cells) : c == delimiter && !state.Quoted ? (state.Quoted, state.Cells + 1) : state).Cells;
        var names = header.Split(delimiter);
        return index < names.Length ? $", column {names[index].Trim().ToLowerInvariant()}" : $", column {index + 1}";
    }

    /// <summary>
    /// Where a quote opens a cell and never closes (the rest of the file would be read into that cell): "line 4 (row 3),
    /// column name", or null when every quoted cell closes. Only a quote at a cell's start opens one; inside a quoted cell
    /// a doubled quote is an escaped one (it toggles twice); a quote inside an unquoted cell is the row's problem, not the file's.
    /// </summary>
    public static string? UnclosedQuote(string text, string delimiter, IReadOnlyList<string> header)
    {
        var (quoted, cellStart, line, dataRow, cell) = (false, true, 1, 0, 0);
        var (openLine, openRow, openCell) = (0, 0, 0);
        var lineHasText = false;
        foreach (var c in text)
        {
            if (c == '"' && (quoted || cellStart))
            {
                quoted = !quoted;
                (openLine, openRow, openCell) = quoted ? (line, dataRow + (line == 1 ? 0 : 1), cell) : (openLine, openRow, openCell);
            }
            else if (!quoted && c == '\n')
            {
                dataRow += line > 1 && lineHasText ? 1 : 0;
                (line, cell, lineHasText, cellStart) = (line + 1, 0, false, true);
                continue;
            }
            else if (!quoted && c.ToString() == delimiter)
            {
                (cell, cellStart) = (cell + 1, true);
                continue;
            }

            cellStart = false;
            lineHasText |= !char.IsWhiteSpace(c);
        }

        if (!quoted)
        {
            return null;
        }

        var where = openLine == 1 ? "line 1 (the header)" : $"line {openLine} (row {openRow})";
        var column = openCell < header.Count ? header[openCell] : $"{openCell + 1}";
        return $"{where}, column {column}: a quote (\") opens the cell and never closes, so every line after it would be read into that cell; " +
               "close the quote, or double a quote that is part of the text (\"\")";
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> line)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(line, new char[line.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? -1 : read;
    }
}
