using System.Globalization;
using System.Text.Json;
using Hemit.Cli.Finance;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Finance.V1;
using Hemit.TestSupport;

namespace Hemit.Cli.Tests.Reports;

/// <summary>
/// <c>hemit finance income-statement --period 2021-10</c> after the seed's ledger is pushed to the real finance service:
/// the table as the board paper prints it, json in exact NOK, csv for spreadsheets.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class IncomeStatementOutputTests(PlatformServers servers)
{
    /// <summary>
    /// Seed 001, "HEMIT - Resultatregnskap, Oktober 2021 - i hele tusen kr.", line by line as printed there
    /// (an index over 999 % is left blank in the seed, so it has no cell here either).
    /// </summary>
    private static readonly (string Code, string Name, string[] Cells)[] SeedLines =
    [
        ("earmarked_grants", "Andre øremerkede tilskudd", ["8 874", "5 981", "2 893", "148 %", "24 166", "55 418", "(31 252)", "44 %", "67 380", "67 380", "-", "100 %"]),
        ("other_operating_revenue", "Andre driftsinntekter", ["87 526", "84 752", "2 774", "103 %", "847 272", "841 874", "5 398", "101 %", "1 013 414", "1 007 812", "(5 602)", "99 %"]),
        ("total_operating_revenue", "SUM DRIFTSINNTEKTER", ["96 400", "90 733", "5 667", "106 %", "871 438", "897 292", "(25 854)", "97 %", "1 080 794", "1 075 192", "(5 602)", "99 %"]),
        ("salaries_permanent", "Lønn til fast ansatte", ["21 382", "22 037", "655", "97 %", "194 228", "197 178", "2 950", "99 %", "240 983", "237 000", "3 983", "98 %"]),
        ("capitalised_payroll", "Balanseføring av lønnskostnader", ["(1 502)", "(688)", "814", "218 %", "(11 527)", "(6 481)", "5 046", "178 %", "(7 856)", "(14 000)", "6 144", "178 %"]),
        ("overtime_and_temps", "Overtid og ekstrahjelp", ["827", "1 233", "406", "67 %", "9 619", "9 833", "214", "98 %", "12 380", "12 380", "-", "100 %"]),
        ("pension_incl_employer_tax", "Pensjon inkl arbeidsgiveravgift", ["3 436", "3 591", "155", "96 %", "34 488", "35 910", "1 422", "96 %", "43 092", "41 156", "1 936", "96 %"]),
        ("payroll_refunds", "Offentlige tilskudd og refusjoner vedr arbeidskraft", ["(978)", "(579)", "399", "169 %", "(7 161)", "(5 790)", "1 371", "124 %", "(6 948)", "(8 500)", "1 552", "122 %"]),
        ("other_payroll", "Annen lønn", ["3 326", "3 140", "(186)", "106 %", "29 735", "32 346", "2 611", "92 %", "38 626", "37 000", "1 626", "96 %"]),
        ("total_payroll_costs", "Sum lønnskostnader", ["26 491", "28 734", "2 243", "92 %", "249 382", "262 996", "13 614", "95 %", "320 277", "305 036", "15 241", "95 %"]),
        ("depreciation", "Avskrivninger", ["16 485", "16 193", "(292)", "102 %", "155 643", "161 931", "6 288", "96 %", "194 317", "191 000", "3 317", "98 %"]),
        ("other_operating_costs", "Andre driftskostnader", ["56 825", "47 475", "(9 350)", "120 %", "442 743", "471 240", "28 497", "94 %", "566 189", "559 081", "7 108", "99 %"]),
        ("total_other_operating_costs", "SUM ANDRE DRIFTSKOSTNADER", ["73 310", "63 668", "(9 642)", "115 %", "598 386", "633 171", "34 785", "95 %", "760 506", "750 081", "10 425", "99 %"]),
        ("total_operating_costs", "SUM DRIFTSKOSTNADER", ["99 801", "92 402", "(7 399)", "108 %", "847 768", "896 167", "48 399", "95 %", "1 080 783", "1 055 117", "25 666", "98 %"]),
        ("operating_result", "DRIFTSRESULTAT", ["(3 401)", "(1 669)", "(1 732)", "204 %", "23 670", "1 125", "22 545", "11", "20 075", "20 064"]),
        ("ordinary_result", "ORDINÆRT RESULTAT", ["(3 414)", "(1 669)", "(1 745)", "205 %", "23 570", "1 125", "22 445", "11", "20 000", "19 989"]),
    ];

    private static readonly string[] ColumnKeys =
    [
        "line", "name",
        "period_actual", "period_budget", "period_variance", "period_index",
        "ytd_actual", "ytd_budget", "ytd_variance", "ytd_index",
        "annual_budget", "annual_forecast", "annual_variance", "annual_index",
    ];

    /// <summary>The seed ledger pushed to a fresh finance service, then the table the command builds from its answer.</summary>
    private async Task<ReportTable> October2021Async()
    {
        using var finance = await InProcessServices.FinanceAsync(servers);
        await SeedLedger.PushAsync(finance);
        var statement = await new FinanceService.FinanceServiceClient(finance.Channel)
            .GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = SeedLedger.October2021 });
        return IncomeStatementReport.Build(statement);
    }

    [Fact]
    public async Task The_table_prints_october_2021_as_the_board_paper_does_in_thousands_with_parentheses()
    {
        // With --codes each row starts with its line code; wide enough for every column on one header line.
        var printed = PrintedReport.Of(await October2021Async(), OutputFormat.Table, width: 300, codes: true);
        var table = new PrintedTable(printed);

        Assert.Contains("HEMIT - Resultatregnskap, Oktober 2021 - i hele tusen kr.", printed);
        Assert.Equal("(3 401)", table.Under("operating_result", "Periode faktisk"));
        Assert.Equal("(1 669)", table.Under("operating_result", "Periode budsjett"));
        Assert.Equal("204 %", table.Under("operating_result", "Periode indeks"));
        Assert.Equal("23 670", table.Under("operating_result", "Hittil faktisk"));
        Assert.Equal("22 545", table.Under("operating_result", "Hittil avvik"));
        Assert.Equal("", table.Under("operating_result", "Hittil indeks"));
        Assert.Equal("20 075", table.Under("operating_result", "Prognose"));
        Assert.Equal("(31 252)", table.Under("earmarked_grants", "Hittil avvik"));
        Assert.Equal("-", table.Under("financial_income", "Periode faktisk"));
        Assert.Equal("(100)", table.Under("net_financial_result", "Hittil faktisk"));
        foreach (var (code, name, cells) in SeedLines)
        {
            var row = table.Cells(code);
            // Every name whole on its row's one line.
            Assert.Equal(name, row[1]);
            Assert.Equal($"{code}: {string.Join(" | ", cells)}", $"{code}: {string.Join(" | ", row.Skip(2))}");
        }

        Assert.Contains("Prognose: siste prognose per linje laget til og med oktober (sist 2021-10).", printed);
    }

    [Fact]
    public async Task Json_carries_every_figure_in_exact_nok_under_the_column_keys()
    {
        var printed = PrintedReport.Of(await October2021Async(), OutputFormat.Json);

        using var document = JsonDocument.Parse(printed);
        var root = document.RootElement;
        Assert.Equal("HEMIT - Resultatregnskap, Oktober 2021 - i hele tusen kr.", root.GetProperty("title").GetString());
        var rows = root.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetString()!);
        Assert.Equal(19, rows.Count);
        Assert.All(rows.Values, row => Assert.Equal(ColumnKeys, row.EnumerateObject().Select(p => p.Name)));

        var operating = rows["operating_result"];
        Assert.Equal("DRIFTSRESULTAT", operating.GetProperty("name").GetString());
        Assert.Equal(-3_401_000m, operating.GetProperty("period_actual").GetDecimal());
        Assert.Equal(23_670_000m, operating.GetProperty("ytd_actual").GetDecimal());
        Assert.Equal(1_125_000m, operating.GetProperty("ytd_budget").GetDecimal());
        Assert.Equal(20_075_000m, operating.GetProperty("annual_forecast").GetDecimal());
        Assert.Equal(204, operating.GetProperty("period_index").GetInt32());
        Assert.Equal(JsonValueKind.Null, operating.GetProperty("ytd_index").ValueKind);
        Assert.Equal(-1_502_000m, rows["capitalised_payroll"].GetProperty("period_actual").GetDecimal());
        Assert.Equal(20_000_000m, rows["ordinary_result"].GetProperty("annual_forecast").GetDecimal());
        // Exact: the result is revenue less costs to the krone, not a sum of rounded thousands.
        Assert.Equal(
            rows["total_operating_revenue"].GetProperty("ytd_actual").GetDecimal() - rows["total_operating_costs"].GetProperty("ytd_actual").GetDecimal(),
            operating.GetProperty("ytd_actual").GetDecimal());
        Assert.DoesNotContain("(3 401)", printed);
    }

    [Fact]
    public async Task Csv_has_a_header_of_column_keys_and_invariant_culture_numbers()
    {
        var printed = PrintedReport.Of(await October2021Async(), OutputFormat.Csv);

        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(string.Join(',', ColumnKeys), lines[0]);
        Assert.Equal(20, lines.Count);
        var operating = lines.Single(l => l.StartsWith("operating_result,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(
            ["operating_result", "DRIFTSRESULTAT", "-3401000", "-1669000", "-1732000", "204", "23670000", "1125000", "22545000", "", "11000", "20075000", "20064000", ""],
            operating);
        Assert.Equal("1013414000", lines.Single(l => l.StartsWith("other_operating_revenue,", StringComparison.Ordinal)).Split(',')[10]);
        Assert.All(lines.Skip(1).SelectMany(l => l.Split(',').Skip(2)), cell =>
            Assert.True(cell.Length == 0 || decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
                $"'{cell}' is not an invariant-culture number"));
    }
}
