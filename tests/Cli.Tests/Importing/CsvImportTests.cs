using Hemit.Cli.Finance;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Ledger;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Cli.Tests.Importing;

/// <summary><c>hemit … import</c> reads the whole file before sending: a wrong header or any bad cell stops it, named.</summary>
[Collection(ServersCollection.Name)]
public sealed class CsvImportTests(PlatformServers servers)
{
    [Fact]
    public void A_wrong_header_names_the_missing_and_the_unknown_columns_and_the_expected_header()
    {
        var file = TestFiles.File("ledger-wrong-header.csv");

        var refusal = Assert.Throws<CliException>(() => CsvImporter.Read(file, LedgerFile.Layout, LedgerFile.ToMessage));

        Assert.Equal(
            "ledger-wrong-header.csv: the header (line 1) is wrong (missing column(s) scenario, amount; unknown column(s) scenarios, amount_nok); " +
            "expected: period,line,scenario,amount",
            refusal.Message);
    }

    [Fact]
    public void Every_bad_row_is_named_with_its_column_and_reason_counting_data_rows_from_one()
    {
        var file = TestFiles.File("ledger-bad-cells.csv");

        var (messages, problems) = CsvImporter.Read(file, LedgerFile.Layout, LedgerFile.ToMessage);
        using var error = new StringWriter();
        CsvImporter.WriteRejections(file, problems, "nothing was sent", error);

        Assert.Equal(2, messages.Count);
        Assert.Equal(["2:period", "3:scenario", "5:amount", "6:amount", "7:line"], problems.Select(p => $"{p.Row}:{p.Field}"));
        var printed = error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("ledger-bad-cells.csv was refused (nothing was sent): 5 bad row(s)", printed[0]);
        Assert.Equal(
        [
            "  row 2, period: '2021-13' is not a real month",
            "  row 3, scenario: 'plan' is not a scenario; write actual, budget or forecast",
            "  row 5, amount: 56825000.125 has more than two decimals; amounts are NOK with at most two decimals",
            "  row 6, amount: '47 475 000' has a space in it, which reads as a thousands separator or two numbers; write it without spaces, e.g. 1234.5",
            "  row 7, line: empty",
        ], printed.Skip(1));
    }

    [Fact]
    public async Task A_file_with_bad_cells_sends_nothing_to_the_service()
    {
        using var finance = await InProcessServices.FinanceAsync(servers);
        var client = new FinanceService.FinanceServiceClient(finance.Channel);
        var callsStarted = 0;

        var exitCode = await CsvImporter.ImportAsync(TestFiles.File("ledger-bad-cells.csv"), LedgerFile.Layout, LedgerFile.ToMessage,
            ct =>
            {
                callsStarted++;
                return client.ImportLedgerLines(cancellationToken: ct);
            },
            OutputFormat.Json, CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal(0, callsStarted);
        Assert.Equal(0, await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync()));
    }

    [Fact]
    public void A_header_without_rows_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("hemit-cli-tests-");
        try
        {
            var file = new FileInfo(Path.Combine(folder.FullName, "ledger-header-only.csv"));
            File.WriteAllText(file.FullName, "period,line,scenario,amount\n\n");

            var refusal = Assert.Throws<CliException>(() => CsvImporter.Read(file, LedgerFile.Layout, LedgerFile.ToMessage));

            Assert.Equal("ledger-header-only.csv has a header but no rows: row 1 (line 2) is missing; give at least one row with the columns period,line,scenario,amount", refusal.Message);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
