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

namespace Hemit.Cli.Tests.Reports;

/// <summary>
/// <c>hemit hr sick-leave --year 2021</c> after the seed's two years of sick leave are pushed to the real hrmetrics
/// service: section 2.1 "Sykefravær – netto" as the board paper prints it.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class SickLeaveOutputTests(PlatformServers servers)
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Des"];

    /// <summary>Seed 001, 2.1: "2021 4,3 5,1 5,3 4,5 5 4,8 6,8 6,5 6,1 6,3 _ _ 5,4" (the seed drops the decimal of 5,0).</summary>
    private static readonly string[] Seed2021 = ["4,3", "5,1", "5,3", "4,5", "5,0", "4,8", "6,8", "6,5", "6,1", "6,3", "", ""];

    /// <summary>Seed 001, 2.1: "2020 4,3 3,5 5,2 3,1 2,9 2,3 5,1 3,3 4,6 5,5 5,8 5,9 4,3".</summary>
    private static readonly string[] Seed2020 = ["4,3", "3,5", "5,2", "3,1", "2,9", "2,3", "5,1", "3,3", "4,6", "5,5", "5,8", "5,9"];

    private async Task<IReadOnlyList<ReportTable>> Year2021Async()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        var (records, problems) = CsvImporter.Read(TestFiles.File(TestFiles.SeedSickLeave), HrImportFiles.SickLeave, HrImportFiles.ToSickLeave);
        Assert.Empty(problems);
        await ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext>.PushAsync(client.ImportSickLeave(), records);
        return SickLeaveCommand.Tables(await client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 }));
    }

    [Fact]
    public async Task The_table_prints_the_year_as_a_name_and_each_month_as_the_seed_does()
    {
        var printed = PrintedReport.Of(await Year2021Async(), OutputFormat.Table);
        var rates = new PrintedTable(printed);

        Assert.Contains("Sykefravær – netto, Hemit", printed);
        Assert.Equal("2021", rates.Cells("2021")[0]);
        Assert.DoesNotContain("2 021", printed);
        Assert.DoesNotContain("2 020", printed);
        Assert.Equal(Seed2021, Months.Select(month => rates.Under("2021", month)));
        Assert.Equal("5,4", rates.Under("2021", "Hiå"));
        Assert.Equal(Seed2020, Months.Select(month => rates.Under("2020", month)));
        Assert.Equal("4,3", rates.Under("2020", "Hiå"));
        Assert.Contains("Mål: under 5,0 %. Hiå 2021 (jan–okt): 5,4 %, over målet.", printed);

        var units = new PrintedTable(printed[printed.IndexOf("Enheter med sykefravær over", StringComparison.Ordinal)..]);
        Assert.Equal("2021", units.Cells("2021")[0]);
        Assert.Equal(["1", "2", ""], new[] { "Jan", "Okt", "Nov" }.Select(month => units.Under("2021", month)));
    }

    [Fact]
    public async Task Json_carries_exact_rates_and_the_year_to_date_as_a_ratio_of_sums()
    {
        var printed = PrintedReport.Of(await Year2021Async(), OutputFormat.Json);

        using var document = JsonDocument.Parse(printed);
        var tables = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, tables.Count);
        var year2021 = tables[0].GetProperty("rows")[0];
        Assert.Equal(2021, year2021.GetProperty("year").GetInt32());
        Assert.Equal(6.3m, year2021.GetProperty("m10").GetDecimal());
        Assert.Equal(JsonValueKind.Null, year2021.GetProperty("m11").ValueKind);
        var months = Enumerable.Range(1, 10).Select(m => year2021.GetProperty($"m{m:D2}").GetDecimal()).ToList();
        // The months average 5.47; Hiå weighs each month by its agreed work days.
        Assert.Equal(5.47m, months.Average());
        Assert.Equal(5.4m, year2021.GetProperty("ytd").GetDecimal());
        Assert.Equal(1, tables[1].GetProperty("rows")[0].GetProperty("ytd").GetInt32());
    }

    [Fact]
    public async Task Csv_writes_each_table_with_a_header_of_column_keys_and_decimal_points()
    {
        var printed = PrintedReport.Of(await Year2021Async(), OutputFormat.Csv);

        var blocks = printed.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, blocks.Length);
        var rates = blocks[0].Split('\n');
        Assert.Equal("year,m01,m02,m03,m04,m05,m06,m07,m08,m09,m10,m11,m12,ytd", rates[0]);
        Assert.Equal("2021,4.3,5.1,5.3,4.5,5,4.8,6.8,6.5,6.1,6.3,,,5.4", rates[1]);
        Assert.StartsWith("2020,4.3,3.5,5.2,3.1,2.9,2.3,5.1,3.3,4.6,5.5,5.8,5.9,4.", rates[2]);
        Assert.Equal("2021,1,1,1,1,1,1,2,2,2,2,,,1", blocks[1].Split('\n')[1]);
    }
}
