using System.Globalization;
using System.Text;
using System.Text.Json;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.ServiceDesk;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Tests.Generated;
using Hemit.ServiceDesk.Tests.Integration;
using Hemit.TestSupport;

namespace Hemit.ServiceDesk.Tests.Cli;

/// <summary>
/// The generated October written as the ITSM tool's export (semicolon-separated, BOM, CRLF, Oslo offsets), read by
/// <c>hemit servicedesk import ticket-events</c>'s reader, pushed to the real service, and
/// <c>hemit servicedesk month-report --period 2021-10</c> printed as the board reads it.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class MonthReportOutputTests(PlatformServers servers) : IDisposable
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private readonly string _folder = Directory.CreateTempSubdirectory("hemit-servicedesk-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FileInfo ExportOctober()
    {
        var text = new StringBuilder("ticket_id;occurred_at;event;type;priority;service;responsible;first_line_resolved\r\n");
        foreach (var e in SeedOctober.ShuffledEvents(SeedOctober.Generate()))
        {
            var local = TimeZoneInfo.ConvertTime(e.OccurredAt.ToDateTimeOffset(), Oslo);
            text.Append(CultureInfo.InvariantCulture, $"{e.TicketId};{local:yyyy-MM-ddTHH:mm:sszzz};{Code(e.Event)};")
                .Append(e.Type == TicketType.Unspecified ? "" : e.Type.ToString().ToLowerInvariant()).Append(';')
                .Append(e.Priority == 0 ? "" : e.Priority.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(e.Service).Append(';').Append(e.Responsible).Append(';')
                .Append(e.HasFirstLineResolved ? (e.FirstLineResolved ? "ja" : "nei") : "").Append("\r\n");
        }

        var path = Path.Combine(_folder, "itsm-oktober-2021.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return new FileInfo(path);
    }

    private static string Code(TicketEventKind kind) => kind == TicketEventKind.PriorityChanged ? "priority_changed" : kind.ToString().ToLowerInvariant();

    private async Task<IReadOnlyList<ReportTable>> OctoberAsync()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        var (events, problems) = CsvImporter.Read(ExportOctober(), ServiceDeskImportFiles.TicketEvents, ServiceDeskImportFiles.ToTicketEvent);
        Assert.Empty(problems);
        var summary = await desk.PushAsync(events);
        Assert.Equal((events.Count, 0), (summary.Accepted, summary.Rejected));
        return MonthReportCommand.Tables(await desk.Client.GetMonthReportAsync(new GetMonthReportRequest { Period = Period.Of(2021, 10) }));
    }

    [Fact]
    public async Task The_table_shows_the_seeds_key_figures_in_norwegian()
    {
        var printed = PrintedReport.Of(await OctoberAsync(), OutputFormat.Table);

        var types = new PrintedTable(printed);
        Assert.Equal(["Feil", "435", "500", "-13,0 %"], types.Cells("Feil"));
        Assert.Equal(["Støttesaker", "1 110", "1 000", "11,0 %"], types.Cells("Støttesaker"));
        Assert.Equal(["Bestillinger", "660", "600", "10,0 %"], types.Cells("Bestillinger"));
        Assert.Equal("5,0 %", types.Under("Totalt", "Endring"));

        var deadlines = new PrintedTable(printed[printed.IndexOf("Løsningsgrad innen frist", StringComparison.Ordinal)..]);
        Assert.Equal(["3", "100", "63", "63,0 %", "65,0 %", "nei"], deadlines.Cells("3"));
        Assert.Equal(["4", "790", "737", "93,3 %", "80,0 %", "ja"], deadlines.Cells("4"));
        Assert.Equal(["Totalt", "1 000", "900", "90,0 %", "85,0 %", "ja"], deadlines.Cells("Totalt"));

        var firstLine = new PrintedTable(printed[printed.IndexOf("1. linje løsningsgrad", StringComparison.Ordinal)..]);
        Assert.Equal(["1 000", "790", "79,0 %", "65,0 %", "ja"], firstLine.Cells("1 000"));

        Assert.Equal(["Beaker laboratorietjeneste", "Helseplattformen", "130"], new PrintedTable(printed).Cells("Beaker laboratorietjeneste"));
        Assert.Contains("Backlogg ved utgangen av 2021-10", printed);
    }

    [Fact]
    public async Task Json_and_csv_carry_codes_and_exact_rates()
    {
        var tables = await OctoberAsync();

        using var json = JsonDocument.Parse(PrintedReport.Of(tables, OutputFormat.Json));
        var deadlineRows = json.RootElement[1].GetProperty("rows");
        var priority4 = deadlineRows.EnumerateArray().Single(r => r.GetProperty("priority").GetInt32() == 4);
        // 737 of 790: the exact ratio, not a rounded one.
        Assert.Equal(Math.Round(737m * 100 / 790, 9), priority4.GetProperty("rate_percent").GetDecimal());
        Assert.False(deadlineRows.EnumerateArray().Single(r => r.GetProperty("priority").GetInt32() == 3).GetProperty("target_met").GetBoolean());

        var csv = PrintedReport.Of(tables, OutputFormat.Csv).ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["type,count,same_month_last_year,change_percent", "incident,435,500,-13", "support,1110,1000,11", "order,660,600,10", "total,2205,2100,5"],
            csv[0].Split('\n'));
    }
}
