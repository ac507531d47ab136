using Hemit.Cli.Finance;
using Hemit.Cli.Importing;
using Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Tests;

/// <summary>
/// "HEMIT - Resultatregnskap, Oktober 2021 - i hele tusen kr." from the board pack (seed 001), cell by cell as printed,
/// and the test file that pushes its figures (January–September spread unevenly, totals kept).
/// </summary>
public static class SeedOctober2021
{
    public const string LedgerFile = "ledger-2021-seed-october.csv";

    /// <summary>Period actual, budget, variance, index | YTD actual, budget, variance, index | annual budget, forecast, variance, index.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        ["earmarked_grants"] = ["8 874", "5 981", "2 893", "148 %", "24 166", "55 418", "(31 252)", "44 %", "67 380", "67 380", "-", "100 %"],
        ["other_operating_revenue"] = ["87 526", "84 752", "2 774", "103 %", "847 272", "841 874", "5 398", "101 %", "1 013 414", "1 007 812", "(5 602)", "99 %"],
        ["total_operating_revenue"] = ["96 400", "90 733", "5 667", "106 %", "871 438", "897 292", "(25 854)", "97 %", "1 080 794", "1 075 192", "(5 602)", "99 %"],
        ["salaries_permanent"] = ["21 382", "22 037", "655", "97 %", "194 228", "197 178", "2 950", "99 %", "240 983", "237 000", "3 983", "98 %"],
        ["capitalised_payroll"] = ["(1 502)", "(688)", "814", "218 %", "(11 527)", "(6 481)", "5 046", "178 %", "(7 856)", "(14 000)", "6 144", "178 %"],
        ["overtime_and_temps"] = ["827", "1 233", "406", "67 %", "9 619", "9 833", "214", "98 %", "12 380", "12 380", "-", "100 %"],
        ["pension_incl_employer_tax"] = ["3 436", "3 591", "155", "96 %", "34 488", "35 910", "1 422", "96 %", "43 092", "41 156", "1 936", "96 %"],
        ["payroll_refunds"] = ["(978)", "(579)", "399", "169 %", "(7 161)", "(5 790)", "1 371", "124 %", "(6 948)", "(8 500)", "1 552", "122 %"],
        ["other_payroll"] = ["3 326", "3 140", "(186)", "106 %", "29 735", "32 346", "2 611", "92 %", "38 626", "37 000", "1 626", "96 %"],
        ["total_payroll_costs"] = ["26 491", "28 734", "2 243", "92 %", "249 382", "262 996", "13 614", "95 %", "320 277", "305 036", "15 241", "95 %"],
        ["depreciation"] = ["16 485", "16 193", "(292)", "102 %", "155 643", "161 931", "6 288", "96 %", "194 317", "191 000", "3 317", "98 %"],
        ["other_operating_costs"] = ["56 825", "47 475", "(9 350)", "120 %", "442 743", "471 240", "28 497", "94 %", "566 189", "559 081", "7 108", "99 %"],
        ["total_other_operating_costs"] = ["73 310", "63 668", "(9 642)", "115 %", "598 386", "633 171", "34 785", "95 %", "760 506", "750 081", "10 425", "99 %"],
        ["total_operating_costs"] = ["99 801", "92 402", "(7 399)", "108 %", "847 768", "896 167", "48 399", "95 %", "1 080 783", "1 055 117", "25 666", "98 %"],
        // The seed prints no index where it would exceed 999 % (23 670 / 1 125, 20 075 / 11).
        ["operating_result"] = ["(3 401)", "(1 669)", "(1 732)", "204 %", "23 670", "1 125", "22 545", "", "11", "20 075", "20 064", ""],
        ["financial_income"] = ["-", "-", "-", "", "12", "-", "12", "", "-", "25", "25", ""],
        // The seed prints the annual variance of Finanskostnader as "100"; its own month and YTD columns, and the
        // favourable-positive rule for costs (budget 0 − forecast 100), give (100).
        ["financial_costs"] = ["13", "-", "(13)", "", "112", "-", "(112)", "", "-", "100", "(100)", ""],
        ["net_financial_result"] = ["(13)", "-", "(13)", "", "(100)", "-", "(100)", "", "-", "(75)", "(75)", ""],
        ["ordinary_result"] = ["(3 414)", "(1 669)", "(1 745)", "205 %", "23 570", "1 125", "22 445", "", "11", "20 000", "19 989", ""],
    };

    public static FileInfo File(string name) => new(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>The test file's rows as the CLI reads them (and would stream them).</summary>
    public static List<LedgerLine> ReadLedger(string name = LedgerFile)
    {
        var (messages, problems) = CsvImporter.Read(File(name), Hemit.Cli.Finance.LedgerFile.Layout, Hemit.Cli.Finance.LedgerFile.ToMessage);
        Assert.Empty(problems);
        return messages;
    }

    /// <summary>One line of the seed table as one readable string, so a failure shows the whole line.</summary>
    public static string ExpectedRow(string code) => $"{code}: {string.Join(" | ", Table[code])}";

    public static string PrintedRow(IncomeStatementLine line) => $"{line.Code}: {string.Join(" | ", Printed(line))}";

    /// <summary>The statement as the board paper prints it: thousands with parentheses, "-" for zero, whole-percent indices.</summary>
    public static string[] Printed(IncomeStatementLine line) =>
    [
        Thousands(line.Period.Actual), Thousands(line.Period.Budget), Thousands(line.Period.Variance), Index(line.Period.HasIndexPercent, line.Period.IndexPercent),
        Thousands(line.YearToDate.Actual), Thousands(line.YearToDate.Budget), Thousands(line.YearToDate.Variance), Index(line.YearToDate.HasIndexPercent, line.YearToDate.IndexPercent),
        Thousands(line.Annual.Budget), Thousands(line.Annual.Forecast), Thousands(line.Annual.Variance), Index(line.Annual.HasIndexPercent, line.Annual.IndexPercent),
    ];

    private static string Thousands(Contracts.Common.V1.Money money) => FinanceReportFormats.Thousands(money.ToDecimal());

    private static string Index(bool present, int value) => FinanceReportFormats.WholePercent(present ? value : null);
}
