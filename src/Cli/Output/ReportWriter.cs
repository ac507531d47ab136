using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;

namespace Hemit.Cli.Output;

/// <summary>How a table is printed: its width in columns, whether codes get their own column, bold sum lines.</summary>
public sealed record TableSettings(int Width, bool ShowCodes = false, bool Bold = false)
{
    /// <summary>The terminal's (or COLUMNS') width; bold only on a terminal that has not asked for no colour.</summary>
    public static TableSettings ForConsole(bool showCodes) => new(
        TerminalWidth.Detect(),
        showCodes,
        Bold: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null
            && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb"));
}

/// <summary>Writes a <see cref="ReportTable"/> in the format the user asked for.</summary>
public sealed class ReportWriter(TextWriter output, TableSettings settings)
{
    /// <summary>Indented, and æ, ø, å written as themselves (UTF-8), not as \u00F8.</summary>
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ReportWriter ForConsole(bool showCodes = false)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return new(Console.Out, TableSettings.ForConsole(showCodes));
    }

    /// <summary>For a command: the console, with codes when the command line says <c>--codes</c>.</summary>
    public static ReportWriter ForConsole(System.CommandLine.ParseResult parseResult) =>
        ForConsole(parseResult.GetValue(CommonOptions.Codes));

    public void Write(ReportTable report, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson([report]);
                break;
            case OutputFormat.Csv:
                WriteCsv(report);
                break;
            default:
                WriteTable(report);
                break;
        }
    }

    /// <summary>Several tables of one report (e.g. a month and its year to date) as one json document.</summary>
    public void Write(IReadOnlyList<ReportTable> reports, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            WriteJson(reports);
            return;
        }

        for (var i = 0; i < reports.Count; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }

            Write(reports[i], format);
        }
    }

    private void WriteTable(ReportTable report)
    {
        foreach (var line in TableLayout.Lay(report, settings.Width, settings.ShowCodes))
        {
            output.WriteLine(line.Emphasised && settings.Bold ? $"\u001b[1m{line.Text}\u001b[22m" : line.Text);
        }
    }

    private void WriteJson(IReadOnlyList<ReportTable> reports)
    {
        var documents = new JsonArray();
        foreach (var report in reports)
        {
            var rows = new JsonArray();
            foreach (var row in report.Rows)
            {
                var item = new JsonObject();
                for (var c = 0; c < report.Columns.Count; c++)
                {
                    item[report.Columns[c].Key] = JsonValueOf(PartialFigure.Exact(row[c]));
                }

                rows.Add(item);
            }

            var document = new JsonObject { ["title"] = report.Title, ["rows"] = rows };
            if (report.Notes.Count > 0)
            {
                document["notes"] = new JsonArray(report.Notes.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray());
            }

            documents.Add(document);
        }

        JsonNode document1 = reports.Count == 1 ? documents[0]!.DeepClone() : documents;
        output.WriteLine(document1.ToJsonString(JsonOptions));
    }

    private static JsonNode? JsonValueOf(object? value) => value switch
    {
        null or MissingFigure => null,
        decimal d => JsonValue.Create(d),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        DateTimeOffset t => JsonValue.Create(t),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    private void WriteCsv(ReportTable report)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in report.Columns)
        {
            csv.WriteField(column.Key);
        }

        csv.NextRecord();
        foreach (var row in report.Rows)
        {
            foreach (var value in row.Select(PartialFigure.Exact))
            {
                csv.WriteField(value switch
                {
                    null or MissingFigure => string.Empty,
                    bool b => b ? "true" : "false",
                    DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
                    IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                });
            }

            csv.NextRecord();
        }

        csv.Flush();
    }
}
