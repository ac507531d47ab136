using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Grpc.Core;
using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;
using Spectre.Console;

namespace Hemit.Cli.Importing;

/// <summary>
/// Every <c>hemit … import</c> command: checks the header, turns each row into a message, and only when every
/// row is readable streams them to the service's client-streaming RPC with a progress bar. The server validates
/// the batch as a whole and writes all of it or none.
/// </summary>
public static class CsvImporter
{
    public static async Task<int> ImportAsync<TMessage>(
        FileInfo file,
        ImportFileLayout layout,
        Func<CsvRow, TMessage> toMessage,
        Func<CancellationToken, AsyncClientStreamingCall<TMessage, ImportSummary>> startCall,
        OutputFormat format,
        CancellationToken cancellationToken,
        Encoding? encoding = null)
        where TMessage : class
    {
        var (messages, problems) = Read(file, layout, toMessage, encoding);
        if (problems.Count > 0)
        {
            WriteRejections(file, problems, "nothing was sent");
            return 1;
        }

        var summary = await SendAsync(messages, startCall, format, cancellationToken);
        ReportWriter.ForConsole().Write(Summary(file.Name, summary), format);
        return summary.Rejected == 0 ? 0 : 1;
    }

    /// <summary>What the service answered, as the table (Norwegian) or csv/json (codes and exact counts) prints it.</summary>
    public static ReportTable Summary(string fileName, ImportSummary summary)
    {
        var report = new ReportTable($"Import av {fileName}", [
            new ReportColumn("accepted", "Tatt imot (nye eller endret)", ColumnAlignment.Right),
            new ReportColumn("unchanged", "Uendret", ColumnAlignment.Right),
            new ReportColumn("rejected", "Avvist", ColumnAlignment.Right),
        ]).AddRow(summary.Accepted, summary.Unchanged, summary.Rejected);
        report.Notes.Add(summary.Rejected == 0
            ? $"{Rows(summary.Accepted + summary.Unchanged)} lest; {Rows(summary.Accepted)} nye eller endret er lagret, {Rows(summary.Unchanged)} var allerede lagret slik."
            : $"{Rows(summary.Rejected)} ble avvist; ingenting er lagret.");
        return report;
    }

    private static string Rows(int count) => count == 1 ? "1 rad" : $"{DisplayFormats.Default(count)} rader";

    /// <summary>
    /// Reads the whole file as Excel writes it in Norway or elsewhere: comma- or semicolon-separated (told by the header),
    /// numbers with a decimal point in comma files and a decimal comma in semicolon files, UTF-8 with or without BOM,
    /// LF or CRLF. Without <paramref name="encoding"/> the file must be valid UTF-8; one that is not (Windows-1252 from
    /// older Excel) is refused naming its first bad line, never read with replacement characters.
    /// </summary>
    /// <param name="encoding">The file's encoding when it is not UTF-8, given explicitly (<c>--encoding windows-1252</c>).</param>
    public static (List<TMessage> Messages, List<RowRejection> Problems) Read<TMessage>(
        FileInfo file, ImportFileLayout layout, Func<CsvRow, TMessage> toMessage, Encoding? encoding = null)
    {
        if (!file.Exists)
        {
            throw new CliException($"File not found: {file.FullName}");
        }

        var text = CsvFileText.Decode(file, encoding);
        var empty = new CliException($"{file.Name} is empty: line 1 must be the header, with the columns {layout.Describe()}");
        if (string.IsNullOrWhiteSpace(text))
        {
            throw empty;
        }

        var delimiter = CsvFileText.DelimiterOf(text);
        var decimalSign = delimiter == ";" ? DecimalSign.Comma : DecimalSign.Point;
        var headerLine = text[..(text.IndexOf('\n') is var end and >= 0 ? end : text.Length)].TrimEnd('\r');
        if (CsvFileText.UnclosedQuote(text, delimiter, headerLine.Split(delimiter).Select(n => n.Trim().ToLowerInvariant()).ToList()) is { } unclosed)
        {
            throw new CliException($"{file.Name}: {unclosed}; nothing was sent.");
        }

        // A quote inside an unquoted cell (Brukerst"øtte) is noted on its row, not thrown: every bad row is named at once.
        string? strayQuote = null;
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            DetectDelimiter = false,
            BadDataFound = args => strayQuote ??= args.Field,
        });
        if (!csv.Read())
        {
            throw empty;
        }

        var names = csv.Record!.Select(name => name.Trim().ToLowerInvariant()).ToList();
        if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new CliException($"{file.Name}: the header (line 1) names column {twice.Key} twice; expected: {layout.Describe()}");
        }

        var header = names.Select((name, index) => (name, index)).ToDictionary(h => h.name, h => h.index);
        var missing = layout.Required.Where(name => !header.ContainsKey(name)).ToList();
        var unknown = header.Keys.Where(name => !layout.Required.Contains(name) && !layout.Optional.Contains(name)).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            var what = string.Join("; ", new[]
            {
                missing.Count > 0 ? "missing column(s) " + string.Join(", ", missing) : null,
                unknown.Count > 0 ? "unknown column(s) " + string.Join(", ", unknown) : null,
            }.Where(s => s is not null));
            var hint = names.Count == 1 && names[0].IndexOfAny([';', ',', '\t', '|']) >= 0
                ? $" (the header has one column: the file is separated by something other than a comma or a semicolon)"
                : string.Empty;
            throw new CliException($"{file.Name}: the header (line 1) is wrong ({what}){hint}; expected: {layout.Describe()}");
        }

        var messages = new List<TMessage>();
        var problems = new List<RowRejection>();
        var row = 0;
        while (csv.Read())
        {
            var cells = csv.Record!;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            row++;
            var csvRow = new CsvRow(header, cells, row, decimalSign);
            if (strayQuote is not null)
            {
                var column = Array.FindIndex(cells, c => c.Contains('"'));
                csvRow.Refuse(column >= 0 && column < names.Count ? names[column] : names[0],
                    "has a quote (\") inside a cell that does not start with one; quote the whole cell and double the quote (\"\")", 0);
                strayQuote = null;
            }

            if (cells.Length != names.Count)
            {
                // Too few cells shifts every later value into the wrong column; too many means a separator inside a value.
                csvRow.Refuse(cells.Length < names.Count ? names[cells.Length] : $"column {names.Count + 1}",
                    $"the row has {cells.Length} cells, the header {names.Count}" +
                    (cells.Length > names.Count ? "; put a value with a separator in it in quotes" : "; give every column, empty ones too"), 0);
            }

            try
            {
                var message = toMessage(csvRow);
                if (csvRow.Problems.Count == 0)
                {
                    messages.Add(message);
                }
            }
            catch (CsvCellException exception)
            {
                csvRow.Refuse(exception.Field, exception.Message, 0);
            }
            catch (ArgumentOutOfRangeException exception)
            {
                csvRow.Refuse(exception.ParamName ?? "value", exception.Message, 0);
            }

            problems.AddRange(csvRow.Problems);
        }

        if (row == 0)
        {
            throw new CliException($"{file.Name} has a header but no rows: row 1 (line 2) is missing; give at least one row with the columns {layout.Describe()}");
        }

        return (messages, problems);
    }

    private static async Task<ImportSummary> SendAsync<TMessage>(
        List<TMessage> messages,
        Func<CancellationToken, AsyncClientStreamingCall<TMessage, ImportSummary>> startCall,
        OutputFormat format,
        CancellationToken cancellationToken)
        where TMessage : class
    {
        async Task<ImportSummary> Stream(Action<int> progress)
        {
            using var call = startCall(cancellationToken);
            var sent = 0;
            foreach (var message in messages)
            {
                await call.RequestStream.WriteAsync(message, cancellationToken);
                progress(++sent);
            }

            await call.RequestStream.CompleteAsync();
            return await call;
        }

        // Progress bars would corrupt json/csv on stdout, so they only show for the table format on a terminal.
        if (format != OutputFormat.Table || Console.IsOutputRedirected)
        {
            return await Stream(_ => { });
        }

        return await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Sender rader", maxValue: messages.Count);
            return await Stream(sent => task.Value = sent);
        });
    }

    public static void WriteRejections(FileInfo? file, IReadOnlyCollection<RowRejection> problems, string consequence) =>
        WriteRejections(file, problems, consequence, Console.Error);

    /// <summary>One line saying the file was refused and why nothing happened, then one line per bad row.</summary>
    public static void WriteRejections(FileInfo? file, IReadOnlyCollection<RowRejection> problems, string consequence, TextWriter error)
    {
        var where = file is null ? "The import" : file.Name;
        error.WriteLine($"{where} was refused ({consequence}): {problems.Select(p => p.Row).Distinct().Count()} bad row(s)");
        foreach (var problem in problems.OrderBy(p => p.Row))
        {
            error.WriteLine($"  row {problem.Row}, {problem.Field}: {problem.Reason}");
        }
    }
}

/// <summary>The columns an import file must and may have, in the order the README documents them.</summary>
public sealed record ImportFileLayout(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public ImportFileLayout(params string[] required) : this(required, []) { }

    public string Describe() => string.Join(",", Required.Concat(Optional.Select(o => $"[{o}]")));
}
