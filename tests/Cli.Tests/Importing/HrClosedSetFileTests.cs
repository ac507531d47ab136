using System.Text.Json;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Cli.Tests.Importing;

/// <summary>
/// <c>hemit hr import staffing|working-time</c>: the file's codes become wire enums, are stored as the same codes, print by
/// their Norwegian names; a code outside the set is refused in the file; the summary prints in Norwegian.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class HrClosedSetFileTests(PlatformServers servers) : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hemit-cli-closed-sets-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_violation_file_goes_in_by_code_and_prints_rules_and_causes_by_their_Norwegian_names_with_a_Norwegian_summary()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        var (records, problems) = CsvImporter.Read(Write("avvik.csv", "period;unit;rule;count;cause\n2025-01;Brukerstøtte;daily_rest;9;on_call_callout\n2025-01;Brukerstøtte;sunday_work;4;\n"),
            HrImportFiles.WorkingTimeViolations, HrImportFiles.ToWorkingTimeViolation);
        Assert.Empty(problems);

        var first = await ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext>.PushAsync(client.ImportWorkingTimeViolations(), records);
        var again = await ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext>.PushAsync(client.ImportWorkingTimeViolations(), records);

        Assert.Equal(["daily_rest on_call_callout", "sunday_work unspecified"], await hr.QueryAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT rule || ' ' || cause AS \"Value\" FROM working_time_violations ORDER BY rule").ToListAsync()));
        var tables = WorkingTimeCommand.Tables(await client.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest { Year = 2025 }));
        var printed = new PrintedTable(PrintedReport.Of(tables, OutputFormat.Table, width: 80));
        Assert.Equal(["Daglig arbeidsfri (hviletid)", "9", "9"], printed.Cells("Daglig arbeidsfri (hviletid)"));
        Assert.Equal(["Søndagsarbeid", "4", "4"], printed.Cells("Søndagsarbeid"));
        Assert.Equal(["Utkalling på vakt", "9", "9"], printed.Cells("Utkalling på vakt"));
        Assert.Equal(["Ikke oppgitt", "4", "4"], printed.Cells("Ikke oppgitt"));
        using (var json = JsonDocument.Parse(PrintedReport.Of(tables, OutputFormat.Json)))
        {
            Assert.Equal(["daily_rest", "sunday_work"], json.RootElement[2].GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("rule").GetString()));
            Assert.Equal(["on_call_callout", "unspecified"], json.RootElement[3].GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("cause").GetString()));
        }

        var summary = PrintedReport.Of(CsvImporter.Summary("avvik.csv", again), OutputFormat.Table, width: 80);
        Assert.Contains("Import av avvik.csv", summary);
        Assert.Equal(["0", "2", "0"], new PrintedTable(summary).Cells("0"));
        Assert.Contains("Tatt imot (nye eller endret)", summary);
        Assert.Contains("2 rader lest; 0 rader nye eller endret er lagret, 2 rader var allerede lagret slik.", summary.ReplaceLineEndings(" "));
        Assert.Contains("2 rader lest; 2 rader nye eller endret er lagret, 0 rader var allerede lagret slik.",
            PrintedReport.Of(CsvImporter.Summary("avvik.csv", first), OutputFormat.Table, width: 80).ReplaceLineEndings(" "));
        Assert.Equal("accepted,unchanged,rejected\n0,2,0", PrintedReport.Of(CsvImporter.Summary("avvik.csv", again), OutputFormat.Csv).ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    [Fact]
    public void A_staffing_category_or_cause_outside_the_closed_set_is_refused_in_the_file_naming_row_and_codes()
    {
        var (_, staffing) = CsvImporter.Read(Write("bemanning.csv", "period,category,fte_months,headcount\n2021-09,permanent,340,355\n2021-09,intern,2,2\n"),
            HrImportFiles.Staffing, HrImportFiles.ToStaffing);
        var (_, violations) = CsvImporter.Read(Write("avvik.csv", "period,unit,rule,count,cause\n2025-01,U-DRIFT,lunch,1,Kari was ill\n"),
            HrImportFiles.WorkingTimeViolations, HrImportFiles.ToWorkingTimeViolation);

        var category = Assert.Single(staffing);
        Assert.Equal((2L, "category"), (category.Row, category.Field));
        Assert.Equal("not a staffing category; write one of permanent, temporary, temp_agency, consultant", category.Reason);
        Assert.Equal([(1L, "rule"), (1L, "cause")], violations.Select(v => (v.Row, v.Field)));
        Assert.StartsWith("not a violation cause; write one of unspecified, on_call_callout", violations[1].Reason);
        Assert.DoesNotContain("Kari", violations[1].Reason);
    }

    private FileInfo Write(string name, string text)
    {
        var file = new FileInfo(Path.Combine(_folder.FullName, name));
        File.WriteAllText(file.FullName, text);
        return file;
    }
}
