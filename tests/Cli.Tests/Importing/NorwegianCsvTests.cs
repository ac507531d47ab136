using System.Text;
using Hemit.Cli.Finance;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Finance.Ledger;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Cli.Tests.Importing;

/// <summary>
/// <c>hemit … import</c> with files as Excel writes them in Norway: semicolons and decimal commas, a BOM, CRLF, and
/// Windows-1252 from older Excel (refused unless named with --encoding), pushed to the real services.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class NorwegianCsvTests(PlatformServers servers) : IDisposable
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hemit-cli-norwegian-csv-");

    static NorwegianCsvTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private FileInfo Write(string name, byte[] bytes)
    {
        var file = new FileInfo(Path.Combine(_folder.FullName, name));
        File.WriteAllBytes(file.FullName, bytes);
        return file;
    }

    private static byte[] Utf8(string text, bool bom) => bom ? [.. Utf8Bom, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    public static TheoryData<string, string, bool> LedgerFiles => new()
    {
        // Excel's Norwegian "CSV (semikolondelt)": semicolons, decimal commas, CRLF, with a BOM as "CSV UTF-8" saves it.
        { "excel-norwegian.csv", "period;line;scenario;amount\r\n2021-01;earmarked_grants;actual;1699000,50\r\n2021-01;payroll_refunds;actual;-1502000,25\r\n", true },
        // The same without a BOM.
        { "semicolon-no-bom.csv", "period;line;scenario;amount\n2021-01;earmarked_grants;actual;1699000,50\n2021-01;payroll_refunds;actual;-1502000,25\n", false },
        // Comma-separated with decimal points, BOM and CRLF.
        { "comma-bom-crlf.csv", "period,line,scenario,amount\r\n2021-01,earmarked_grants,actual,1699000.50\r\n2021-01,payroll_refunds,actual,-1502000.25\r\n", true },
    };

    [Theory]
    [MemberData(nameof(LedgerFiles))]
    public async Task A_ledger_file_as_excel_writes_it_is_accepted_with_exact_amounts(string name, string content, bool bom)
    {
        using var finance = await InProcessServices.FinanceAsync(servers);
        var client = new FinanceService.FinanceServiceClient(finance.Channel);
        var file = Write(name, Utf8(content, bom));

        var exitCode = await CsvImporter.ImportAsync(file, LedgerFile.Layout, LedgerFile.ToMessage,
            ct => client.ImportLedgerLines(cancellationToken: ct), OutputFormat.Json, CancellationToken.None);
        var statement = await client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = Period.Of(2021, 1) });

        Assert.Equal(0, exitCode);
        Assert.Equal([("earmarked_grants", 1_699_000.50m), ("payroll_refunds", -1_502_000.25m)],
            (await finance.QueryAsync(db => db.Set<LedgerEntry>().OrderBy(e => e.LineCode).ToListAsync())).Select(e => (e.LineCode, e.Amount)));
        Assert.Equal(1_699_000.50m, statement.Lines.Single(l => l.Code == "earmarked_grants").Period.Actual.ToDecimal());
    }

    [Fact]
    public void Every_bad_cell_of_a_row_is_named_not_only_the_first()
    {
        var file = Write("bad-cells.csv", Utf8("period;line;scenario;amount\r\n2021-10;depreciation;actual;1200,5\r\n2021-13;;plan;1.500,5\r\n", bom: true));

        var (messages, problems) = CsvImporter.Read(file, LedgerFile.Layout, LedgerFile.ToMessage);

        Assert.Single(messages);
        Assert.Equal(
        [
            "2 period: '2021-13' is not a real month",
            "2 line: empty",
            "2 scenario: 'plan' is not a scenario; write actual, budget or forecast",
            "2 amount: '1.500,5' has both a point and a comma, so it can be read two ways; write it with one decimal sign and no thousands separators, e.g. 1234,5",
        ], problems.Select(p => $"{p.Row} {p.Field}: {p.Reason}"));
    }

    [Theory]
    [InlineData("period;line;scenario;amount\n2021-10;depreciation;actual;1200.50\n",
        "'1200.50' has a point in a semicolon-separated file, where the decimal sign is a comma; write 1200,50")]
    [InlineData("period,line,scenario,amount\n2021-10,depreciation,actual,\"1200,50\"\n",
        "'1200,50' has a decimal comma in a comma-separated file, where the decimal sign is a point; write 1200.50 or save the file semicolon-separated")]
    [InlineData("period;line;scenario;amount\n2021-10;depreciation;actual;1 200\n",
        "'1 200' has a space in it, which reads as a thousands separator or two numbers; write it without spaces, e.g. 1234,5")]
    public void A_number_that_could_be_misread_is_refused_with_a_sentence(string content, string reason)
    {
        var file = Write("ambiguous.csv", Utf8(content, bom: false));

        var (_, problems) = CsvImporter.Read(file, LedgerFile.Layout, LedgerFile.ToMessage);

        var problem = Assert.Single(problems);
        Assert.Equal((1L, "amount", reason), (problem.Row, problem.Field, problem.Reason));
    }

    private const string SickLeaveFile =
        "period;unit;agreed_work_days;sick_leave_days\r\n2021-01;Drift og infrastruktur;2000;60\r\n2021-01;Brukerstøtte;1000;120,5\r\n";

    [Fact]
    public async Task A_windows_1252_file_is_refused_naming_its_first_bad_row_and_nothing_is_sent_or_written()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        var file = Write("sykefravaer-ansi.csv", Encoding.GetEncoding(1252).GetBytes(SickLeaveFile));
        var callsStarted = 0;

        var refusal = await Assert.ThrowsAsync<CliException>(() => CsvImporter.ImportAsync(file, HrImportFiles.SickLeave, HrImportFiles.ToSickLeave,
            ct =>
            {
                callsStarted++;
                return client.ImportSickLeave(cancellationToken: ct);
            },
            OutputFormat.Table, CancellationToken.None));

        Assert.Equal(
            "sykefravaer-ansi.csv is not UTF-8: line 3 (row 2) has byte 0xF8 at position 17, column unit, as a file saved by older Excel as Windows-1252 (ANSI) has; " +
            "nothing was sent. Save it as \"CSV UTF-8\", or import it with --encoding windows-1252.",
            refusal.Message);
        Assert.Equal(0, callsStarted);
        Assert.Equal(0, await hr.QueryAsync(db => db.SickLeave.CountAsync()));
    }

    [Fact]
    public async Task A_windows_1252_file_named_with_encoding_is_converted_and_its_units_are_reported_back_as_written()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        var file = Write("sykefravaer-ansi.csv", Encoding.GetEncoding(1252).GetBytes(SickLeaveFile));

        var exitCode = await CsvImporter.ImportAsync(file, HrImportFiles.SickLeave, HrImportFiles.ToSickLeave,
            ct => client.ImportSickLeave(cancellationToken: ct), OutputFormat.Json, CancellationToken.None, CsvFileText.EncodingNamed("windows-1252"));
        var report = await client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 });
        var printed = PrintedReport.Of(SickLeaveCommand.Tables(report), OutputFormat.Table);

        Assert.Equal(0, exitCode);
        Assert.Equal([("Brukerstøtte", 120.5m), ("Drift og infrastruktur", 60m)],
            (await hr.QueryAsync(db => db.SickLeave.ToListAsync())).OrderBy(e => e.Unit, StringComparer.Ordinal).Select(e => (e.Unit, e.SickLeaveDays)));
        // 120,5 of 1 000 days is over the 10 % threshold: the board's table names the unit as the HR system wrote it.
        Assert.Contains("Brukerstøtte", printed);
        Assert.DoesNotContain("\uFFFD", printed);
    }

    [Fact]
    public void An_unknown_encoding_is_refused_with_the_ones_to_use()
    {
        var refusal = Assert.Throws<CliException>(() => CsvFileText.EncodingNamed("ansi"));

        Assert.Equal("--encoding: 'ansi' is not an encoding; use utf-8 (the default) or windows-1252 for files from older Excel", refusal.Message);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
