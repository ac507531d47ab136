using Hemit.Cli.Output;
using Hemit.Contracts.Finance.V1;
using static Hemit.Cli.Finance.FinanceReportFormats;

namespace Hemit.Cli.Finance;

/// <summary>"HEMIT - Resultatregnskap, Oktober 2021 - i hele tusen kr." as a report table (exact NOK underneath).</summary>
public static class IncomeStatementReport
{
    public static ReportTable Build(GetIncomeStatementResponse statement)
    {
        var right = ColumnAlignment.Right;
        var report = new ReportTable(
            $"HEMIT - Resultatregnskap, {MonthName(statement.Period.Month)} {statement.Period.Year} - i hele tusen kr.",
            [
                new ReportColumn("line", "Kode"),
                new ReportColumn("name", "Linje"),
                new ReportColumn("period_actual", "Periode faktisk", right, Thousands),
                new ReportColumn("period_budget", "Periode budsjett", right, Thousands),
                new ReportColumn("period_variance", "Avvik budsjett", right, Thousands),
                new ReportColumn("period_index", "Indeks", right, WholePercent),
                new ReportColumn("ytd_actual", "Hittil faktisk", right, Thousands),
                new ReportColumn("ytd_budget", "Hittil budsjett", right, Thousands),
                new ReportColumn("ytd_variance", "Avvik budsjett", right, Thousands),
                new ReportColumn("ytd_index", "Indeks", right, WholePercent),
                new ReportColumn("annual_budget", "Årsbudsjett", right, Thousands),
                new ReportColumn("annual_forecast", "Prognose", right, Thousands),
                new ReportColumn("annual_variance", "Avvik", right, Thousands),
                new ReportColumn("annual_index", "Indeks", right, WholePercent),
            ]);

        foreach (var line in statement.Lines)
        {
            report.AddRow(line.IsSum,
                line.Code, line.Name,
                Nok(line.Period.Actual), Nok(line.Period.Budget), Nok(line.Period.Variance), Index(line.Period.HasIndexPercent, line.Period.IndexPercent),
                Nok(line.YearToDate.Actual), Nok(line.YearToDate.Budget), Nok(line.YearToDate.Variance), Index(line.YearToDate.HasIndexPercent, line.YearToDate.IndexPercent),
                Nok(line.Annual.Budget), Nok(line.Annual.Forecast), Nok(line.Annual.Variance), Index(line.Annual.HasIndexPercent, line.Annual.IndexPercent));
        }

        report.Notes.Add("Avvik: positivt er gunstig (inntekter og resultat faktisk − budsjett, kostnader budsjett − faktisk). Indeks: faktisk / budsjett.");
        report.Notes.Add(statement.ForecastMadeIn is { } made
            ? $"Prognose: siste prognose per linje laget til og med {MonthName(statement.Period.Month).ToLowerInvariant()} (sist {made.Year}-{made.Month:D2})."
            : "Prognose: ingen prognose er lagt inn; prognosen er lik årsbudsjettet.");
        return report;
    }

    private static int? Index(bool present, int value) => present ? value : null;
}
