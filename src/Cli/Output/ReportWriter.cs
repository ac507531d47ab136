using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Spectre.Console;

namespace Hemit.Cli.Output;

/// <summary>Writes a <see cref="ReportTable"/> in the format the user asked for.</summary>
public sealed class ReportWriter(IAnsiConsole console, TextWriter plainOut)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>Columns to lay tables out in when stdout is a file or pipe (a terminal reports its own width).</summary>
    private const int RedirectedWidth = 200;

    public static ReportWriter ForConsole()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = RedirectedWidth;
        }

        return new(AnsiConsole.Console, Console.Out);
    }

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

        foreach (var report in reports)
        {
            Write(report, format);
            if (format == OutputFormat.Csv)
            {
                plainOut.WriteLine();
            }
        }
    }

    private void WriteTable(ReportTable report)
    {
        var table = new Table().Border(TableBorder.Simple).Title($"[bold]{Markup.Escape(report.Title)}[/]");
        foreach (var column in report.Columns)
        {
            var header = new TableColumn(Markup.Escape(column.Header));
            table.AddColumn(column.Alignment == ColumnAlignment.Right ? header.RightAligned() : header);
        }

        for (var i = 0; i < report.Rows.Count; i++)
        {
            var row = report.Rows[i];
            var bold = report.IsEmphasised(i);
            table.AddRow(report.Columns.Select((column, c) =>
            {
                var text = Markup.Escape(column.Format(row[c]));
                return bold && text.Length > 0 ? $"[bold]{text}[/]" : text;
            }).ToArray());
        }

        console.Write(table);
        foreach (var note in report.Notes)
        {
            console.MarkupLine($"[grey]{Markup.Escape(note)}[/]");
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
                    item[report.Columns[c].Key] = JsonValueOf(row[c]);
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

        JsonNode output = reports.Count == 1 ? documents[0]!.DeepClone() : documents;
        plainOut.WriteLine(output.ToJsonString(JsonOptions));
    }

    private static JsonNode? JsonValueOf(object? value) => value switch
    {
        null => null,
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
        using var csv = new CsvWriter(plainOut, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in report.Columns)
        {
            csv.WriteField(column.Key);
        }

        csv.NextRecord();
        foreach (var row in report.Rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(value switch
                {
                    null => string.Empty,
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
