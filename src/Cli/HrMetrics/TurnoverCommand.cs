using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.HrMetrics.V1;
using static Hemit.Cli.HrMetrics.HrFormats;

namespace Hemit.Cli.HrMetrics;

/// <summary><c>hemit hr turnover --year YYYY</c>: turnover of permanent staff per tertial and year, and the recruitment need.</summary>
public static class TurnoverCommand
{
    public static Command Create()
    {
        var planned = new Option<int>("--planned-headcount") { Description = "Permanent headcount planned at year end (default: keep today's)" };
        return YearReportCommand.Create(HrCommands.Service, "turnover",
            "Turnover of permanent staff per tertial and year to date, and the recruitment need that follows",
            async (client, parseResult, year, ct) => Tables(await client.GetTurnoverAsync(
                new GetTurnoverRequest { Year = year, PlannedPermanentHeadcount = parseResult.GetValue(planned) }, cancellationToken: ct)),
            planned);
    }

    public static IReadOnlyList<ReportTable> Tables(GetTurnoverResponse response)
    {
        var table = new ReportTable($"Turnover, fast ansatte {response.Year}", [
            new ReportColumn("period", "Periode"),
            new ReportColumn("months", "Måneder med tall", ColumnAlignment.Right) { DropOrder = 2 },
            new ReportColumn("starters", "Tiltrådt", ColumnAlignment.Right) { DropOrder = 3 },
            new ReportColumn("leavers", "Fratrådt", ColumnAlignment.Right),
            new ReportColumn("average_headcount", "Snitt antall", ColumnAlignment.Right, OneDecimal) { DropOrder = 1 },
            new ReportColumn("turnover_percent", "Turnover", ColumnAlignment.Right, TurnoverPercent),
            new ReportColumn("annualised_percent", "Årstakt", ColumnAlignment.Right, TurnoverPercent),
        ]);
        foreach (var figure in response.Tertials)
        {
            AddRow(table, figure, emphasised: false);
        }

        if (response.YearToDate is { } yearToDate)
        {
            AddRow(table, yearToDate, emphasised: true);
        }

        table.Notes.Add("Turnover = fratrådte / gjennomsnittlig antall fast ansatte i månedene med tall; årstakt regner den om til 12 måneder.");
        if (response.Tertials.Append(response.YearToDate).Any(f => f is not null && !f.HasLeavers))
        {
            table.Notes.Add("Mangler tall: ingen måned i perioden har oppgitt tiltrådte og fratrådte, så turnover kan ikke regnes ut.");
        }

        var need = response.RecruitmentNeed;
        var recruitment = new ReportTable("Rekrutteringsbehov resten av året", [
            new ReportColumn("current", "Fast ansatte nå", ColumnAlignment.Right),
            new ReportColumn("planned", "Planlagt", ColumnAlignment.Right),
            new ReportColumn("growth", "Vekst", ColumnAlignment.Right),
            new ReportColumn("remaining_months", "Måneder igjen", ColumnAlignment.Right),
            new ReportColumn("expected_leavers", "Forventet avgang", ColumnAlignment.Right, OneDecimal),
            new ReportColumn("total", "Behov", ColumnAlignment.Right),
        ]).AddRow(need.CurrentPermanentHeadcount, need.PlannedPermanentHeadcount, need.Growth, need.RemainingMonths,
            Value(need.ExpectedLeavers), need.Total);
        return [table, recruitment];
    }

    /// <summary>A turnover rate with one decimal; without leavers it cannot be computed and says so.</summary>
    private static string TurnoverPercent(object? value) => value is null ? "mangler tall" : OneDecimalPercent(value);

    private static void AddRow(ReportTable table, TurnoverFigure figure, bool emphasised) =>
        table.AddRow(emphasised, figure.Label, figure.MonthsWithFigures,
            figure.HasStarters ? figure.Starters : MissingFigure.Value, figure.HasLeavers ? figure.Leavers : MissingFigure.Value,
            Value(figure.AverageHeadcount), Value(figure.TurnoverPercent), Value(figure.AnnualisedPercent));
}
