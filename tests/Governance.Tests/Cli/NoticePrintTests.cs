using System.CommandLine;
using Hemit.Cli;
using Hemit.Cli.Governance;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Tests;

/// <summary>What <c>hemit governance notice</c> prints for the seed's notice, in 80 columns, and how the commands parse.</summary>
public sealed class NoticePrintTests
{
    /// <summary>Called with the notice the real service issued for 19 November 2021 (SeedMeetingsOverGrpcTests).</summary>
    internal static void AssertPrintedAsTheSeed(Notice notice)
    {
        var printed = PrintedReport.Of(NoticeReport.Build(notice, OutputFormat.Table, 80), OutputFormat.Table, width: 80);
        var lines = printed.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.All(lines, line => Assert.True(line.Length <= 80, $"Wider than 80 columns: '{line}'"));
        Assert.Equal("Innkalling styremøte Hemit HF 19.11.2021", lines[0]);
        Assert.Contains("Fredag 19. november 2021 kl. 10:00-14:00.", printed, StringComparison.Ordinal);
        var table = new PrintedTable(printed);
        Assert.Equal(["7/21", "B", "1200-1205", "Godkjenning av innkalling, agenda og møteprotokoll av"], table.Cells("7/21"));
        // The long title goes on over the next line, as the seed's notice breaks it.
        Assert.Equal("29.10.2021", lines[lines.FindIndex(l => l.StartsWith("7/21", StringComparison.Ordinal)) + 1].Trim());
        Assert.Equal(["10/21", "B", "1255-1325", "Budsjett 2022"], table.Cells("10/21"));
        Assert.Equal(["12/21", "O", "1330-1350", "Felles styresak informasjonssikkerhet"], table.Cells("12/21"));
        Assert.Equal(["13/21", "B", "1350-1400", "Årshjul og møteplan 2022"], table.Cells("13/21"));
        Assert.Contains("Vedlegg 1: Møteprotokoll av 29.10.2021", printed, StringComparison.Ordinal);
        Assert.Contains("Trondheim, 12.11.2021", printed, StringComparison.Ordinal);
        Assert.Contains("Innkallingen er i tide: sendt 7 dager før møtet (minst 7).", printed, StringComparison.Ordinal);

        // csv keeps each title whole on one row, with the case folder the table leaves out.
        var csv = PrintedReport.Of(NoticeReport.Build(notice, OutputFormat.Csv, 80)[1], OutputFormat.Csv);
        Assert.Contains("Godkjenning av innkalling, agenda og møteprotokoll av 29.10.2021", csv, StringComparison.Ordinal);
        Assert.Contains("2021/996", csv, StringComparison.Ordinal);
    }

    private static RootCommand Root() => new("hemit") { Options = { CommonOptions.Format, CommonOptions.Url }, Subcommands = { GovernanceCommands.Create() } };

    [Theory]
    [InlineData("governance meetings list --year 2021")]
    [InlineData("governance meetings create --date 2021-11-19 --place Gråkallen --board 12:00-14:00 --seminar 10:00-12:00 --programme Økonomimodell")]
    [InlineData("governance meetings add-item -m 2021-11-19 --type B --time 1225-1255 --title \"Statusrapport pr. oktober\" --case-folder 2021/996")]
    [InlineData("governance meetings move-item --item 0192 --to 2021-12-10 --time 10:00-10:30")]
    [InlineData("governance meetings minutes -m 2021-11-19 --record --present \"Styrets leder\" --absent Nestleder")]
    [InlineData("governance notice --meeting 2021-11-19 --issue")]
    [InlineData("governance assignments --year 2025")]
    [InlineData("governance import assignments oppdrag-2025.csv")]
    [InlineData("governance indicators --year 2025 --format json")]
    [InlineData("governance risks --tertial 2025-T2")]
    [InlineData("governance audits -t 2025-T2")]
    [InlineData("governance calendar --year 2025 --as-of 2025-02-12")]
    public void The_commands_parse(string commandLine) => Assert.Empty(Root().Parse(commandLine).Errors);

    [Fact]
    public async Task A_time_slot_without_a_dash_is_refused_before_the_service_is_called()
    {
        var refusal = await Assert.ThrowsAsync<CliException>(() => Root()
            .Parse("governance meetings add-item -m 2021-11-19 --type B --time 1225 --title X --url http://127.0.0.1:1")
            .InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }));
        Assert.Equal("--time: '1225' is not a time slot; write e.g. 12:05-12:25", refusal.Message);
    }
}
