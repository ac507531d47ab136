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
                new ReportColumn("line", "Kode") { IsCode = true },
                new ReportColumn("name", "Linje"),
                // Kept longest at narrow widths: actual and budget for the month, the year to date and the year; then variances, indices last.
                new ReportColumn("period_actual", "Periode faktisk", right, Thousands) { DropOrder = 1 },
                new ReportColumn("period_budget", "Periode budsjett", right, Thousands) { DropOrder = 2 },
                new ReportColumn("period_variance", "Periode avvik", right, Thousands) { DropOrder = 7 },
                new ReportColumn("period_index", "Periode indeks", right, WholePercent) { DropOrder = 10 },
                new ReportColumn("ytd_actual", "Hittil faktisk", right, Thousands) { DropOrder = 3 },
                new ReportColumn("ytd_budget", "Hittil budsjett", right, Thousands) { DropOrder = 4 },
                new ReportColumn("ytd_variance", "Hittil avvik", right, Thousands) { DropOrder = 8 },
                new ReportColumn("ytd_index", "Hittil indeks", right, WholePercent) { DropOrder = 11 },
                new ReportColumn("annual_budget", "Årsbudsjett", right, Thousands) { DropOrder = 5 },
                new ReportColumn("annual_forecast", "Prognose", right, Thousands) { DropOrder = 6 },
                new ReportColumn("annual_variance", "Avvik prognose", right, Thousands) { DropOrder = 9 },
                new ReportColumn("annual_index", "Indeks prognose", right, WholePercent) { DropOrder = 12 },
            ]);

        // Without any actual amount for the month its actual, variance and index are missing, not zero.
        var month = statement.Period.Month;
        var periodHasActuals = statement.ActualsThrough is { } through && through.Month == month;
        object? PeriodFigure(object? figure) => periodHasActuals ? figure : MissingFigure.Value;
        foreach (var line in statement.Lines)
        {
            report.AddRow(line.IsSum,
                line.Code, line.Name,
                PeriodFigure(Nok(line.Period.Actual)), Nok(line.Period.Budget), PeriodFigure(Nok(line.Period.Variance)),
                PeriodFigure(Index(line.Period.HasIndexPercent, line.Period.IndexPercent)),
                Nok(line.YearToDate.Actual), Nok(line.YearToDate.Budget), Nok(line.YearToDate.Variance), Index(line.YearToDate.HasIndexPercent, line.YearToDate.IndexPercent),
                Nok(line.Annual.Budget), Nok(line.Annual.Forecast), Nok(line.Annual.Variance), Index(line.Annual.HasIndexPercent, line.Annual.IndexPercent));
        }

        if (!periodHasActuals)
        {
            report.Notes.Add($"Ingen regnskapstall (faktisk) for {MonthName(month).ToLowerInvariant()} {statement.Period.Year} er lagt inn" +
                (statement.ActualsThrough is { } last ? $"; hittil i år har faktiske tall til og med {MonthName(last.Month).ToLowerInvariant()}." : "."));
        }

        report.Notes.Add("Avvik: positivt er gunstig (inntekter og resultat faktisk − budsjett, kostnader budsjett − faktisk). Indeks: faktisk / budsjett.");
        report.Notes.Add(statement.ForecastMadeIn is { } made
            ? $"Prognose: siste prognose per linje laget til og med {MonthName(statement.Period.Month).ToLowerInvariant()} (sist {made.Year}-{made.Month:D2})."
            : "Prognose: ingen prognose er lagt inn; prognosen er lik årsbudsjettet.");
        return report;
    }

    private static int? Index(bool present, int value) => present ? value : null;
}
