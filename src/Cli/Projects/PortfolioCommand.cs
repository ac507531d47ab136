using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Cli.Projects;

/// <summary><c>hemit projects portfolio --period YYYY-MM</c>: section 5 "Status prosjektgjennomføring".</summary>
public static class PortfolioCommand
{
    public static Command Create() => ProjectsCommands.MonthReport("portfolio",
        "Projects' status, count and budget by portfolio and phase, red projects, forecast against budget, budget consumption, dependency risk",
        "The reporting month, YYYY-MM (e.g. 2021-10)",
        async (client, month, ct) => Tables(await client.GetPortfolioAsync(new GetPortfolioRequest { Period = month }, cancellationToken: ct)));

    /// <summary>"pr. oktober 2021", as the status report's title says it.</summary>
    public static string AsOf(Period period) => $"pr. {DisplayFormats.Period(period.ToText())}";

    public static IReadOnlyList<ReportTable> Tables(GetPortfolioResponse response)
    {
        var asOf = AsOf(response.Period);
        var projects = new ReportTable($"Prosjektportefølje {asOf} (1000 kr)", [
            new ReportColumn("project_id", "Id") { IsCode = true },
            new ReportColumn("name", "Prosjekt"),
            new ReportColumn("portfolio", "Portefølje", Display: ProjectNames.Portfolio.Name) { DropOrder = 8 },
            new ReportColumn("customer", "Kunde") { DropOrder = 9 },
            new ReportColumn("phase", "Fase", Display: ProjectNames.Phase.Name) { DropOrder = 5 },
            new ReportColumn("planned_end", "Planlagt slutt", Display: Dates.Board) { DropOrder = 7 },
            new ReportColumn("budget_total", "Budsjett", ColumnAlignment.Right, DisplayFormats.ThousandsOfNok),
            new ReportColumn("spent_to_date", "Påløpt", ColumnAlignment.Right, DisplayFormats.ThousandsOfNok) { DropOrder = 6 },
            new ReportColumn("budget_consumption_percent", "Forbruk", ColumnAlignment.Right, DisplayFormats.Percent(0)) { DropOrder = 3 },
            new ReportColumn("forecast", "Prognose", ColumnAlignment.Right, DisplayFormats.ThousandsOfNok),
            new ReportColumn("forecast_variance", "Avvik", ColumnAlignment.Right, DisplayFormats.ThousandsOfNok) { DropOrder = 4 },
            // One column for the three colours keeps the table within 80 columns; csv and json carry each colour's code.
            new ReportColumn("status", "Status F/K/O", Display: DisplayedAs.Shown),
            new ReportColumn("schedule_status", "Fremdrift") { InTable = false },
            new ReportColumn("cost_status", "Kostnad") { InTable = false },
            new ReportColumn("scope_status", "Omfang") { InTable = false },
            new ReportColumn("forecast_status", "Innen budsjett") { InTable = false },
            new ReportColumn("manager_role", "Prosjektleder (rolle)") { InTable = false },
        ]);
        foreach (var p in response.Projects)
        {
            var codes = new[] { p.ScheduleStatus, p.CostStatus, p.ScopeStatus }.Select(ProjectNames.Colour.Code).ToList();
            var colours = new DisplayedAs(string.Join('/', codes), string.Join(' ', codes.Select(ProjectNames.Colour.Name)));
            projects.AddRow(p.ProjectId, p.Name, ProjectNames.Portfolio.Code(p.Portfolio), p.Customer, ProjectNames.Phase.Code(p.Phase), p.PlannedEnd,
                p.BudgetTotal.ToDecimal(), p.SpentToDate.ToDecimal(), p.BudgetConsumptionPercent?.ToDecimal(), p.Forecast.ToDecimal(),
                p.ForecastVariance.ToDecimal(), colours, ProjectNames.Colour.Code(p.ScheduleStatus), ProjectNames.Colour.Code(p.CostStatus),
                ProjectNames.Colour.Code(p.ScopeStatus), ProjectNames.Status.Code(p.ForecastStatus), p.ManagerRole);
        }

        var t = response.Totals;
        projects.AddRow(true, string.Empty, "Totalt", string.Empty, string.Empty, string.Empty, string.Empty, t.BudgetTotal.ToDecimal(), t.SpentToDate.ToDecimal(),
            t.BudgetConsumptionPercent?.ToDecimal(), t.Forecast.ToDecimal(), t.ForecastVariance.ToDecimal(), new DisplayedAs(string.Empty, string.Empty),
            string.Empty, string.Empty, string.Empty, ProjectNames.Status.Code(t.ForecastStatus), string.Empty);
        projects.Notes.Add("Status F/K/O = fremdrift, kostnad, omfang. Forbruk = påløpt / budsjett; Avvik = prognose − budsjett (positivt er overskridelse).");

        var scope = new ReportTable($"Omfang og faser {asOf} (1000 kr)", [
            new ReportColumn("portfolio", "Portefølje", Display: ProjectNames.Portfolio.Name),
            new ReportColumn("phase", "Fase", Display: ProjectNames.Phase.Name),
            new ReportColumn("projects", "Antall", ColumnAlignment.Right),
            new ReportColumn("budget_total", "Budsjett", ColumnAlignment.Right, DisplayFormats.ThousandsOfNok),
        ]);
        foreach (var c in response.ByPortfolioAndPhase)
        {
            scope.AddRow(ProjectNames.Portfolio.Code(c.Portfolio), ProjectNames.Phase.Code(c.Phase), c.Projects, c.BudgetTotal.ToDecimal());
        }

        scope.AddRow(true, "Totalt", string.Empty, t.Projects, t.BudgetTotal.ToDecimal());

        var figures = new ReportTable($"Nøkkeltall {asOf}", [
            new ReportColumn("figure", "Nøkkeltall") { IsCode = true },
            new ReportColumn("name", "Tall"),
            new ReportColumn("value", "Verdi", ColumnAlignment.Right),
            new ReportColumn("status", "Status", Display: ProjectNames.Status.Name),
        ]);
        figures.AddRow("projects", "Prosjekter", t.Projects, string.Empty);
        figures.AddRow("red_projects", "Prosjekter med rød status", t.RedProjects, ProjectNames.Status.Code(t.RedProjectsStatus));
        figures.AddRow("over_budget_projects", "Prosjekter med prognose over budsjett", t.OverBudgetProjects, ProjectNames.Status.Code(t.OverBudgetStatus));
        figures.AddRow("interregional_risk_projects", "Avhengige av interregionale prosjekter", t.InterregionalRiskProjects, string.Empty);
        figures.AddRow("milestone_risk_projects", "Berørt av forsinkede milepæler", t.MilestoneRiskProjects, string.Empty);

        var red = new ReportTable($"Prosjekter med rød status {asOf}", [
            new ReportColumn("name", "Prosjekt"),
            new ReportColumn("red", "Rødt på"),
            new ReportColumn("status_comment", "Kommentar") { DropOrder = 1 },
        ]);
        foreach (var p in response.Projects.Where(p => new[] { p.ScheduleStatus, p.CostStatus, p.ScopeStatus }.Contains(StatusColour.Red)))
        {
            var dimensions = new[] { (p.ScheduleStatus, "fremdrift"), (p.CostStatus, "kostnad"), (p.ScopeStatus, "omfang") }
                .Where(d => d.Item1 == StatusColour.Red).Select(d => d.Item2);
            red.AddRow(p.Name, string.Join(", ", dimensions), p.StatusComment);
        }

        var interregional = ChainTable($"Avhengighet til interregionale prosjekter (høy risiko) {asOf}",
            response.Projects.Where(p => p.InterregionalRisk).Select(p => (p.Name, p.InterregionalChain)));
        var milestoneRisk = ChainTable($"Prosjekter berørt av forsinkede milepæler {asOf}",
            response.Projects.Where(p => p.MilestoneRisk).Select(p => (p.Name, p.MilestoneChain)));

        var moved = new ReportTable($"Forsinkede milepæler {asOf}", [
            new ReportColumn("milestone_id", "Id") { IsCode = true },
            new ReportColumn("name", "Milepæl"),
            new ReportColumn("baseline_date", "Opprinnelig", Display: Dates.Board),
            new ReportColumn("due_date", "Nå", Display: Dates.Board),
            new ReportColumn("projects_at_risk", "Prosjekter i risiko", ColumnAlignment.Right),
        ]);
        foreach (var m in response.MovedMilestones)
        {
            moved.AddRow(m.MilestoneId, m.Name, m.BaselineDate, m.DueDate, m.ProjectsAtRisk.Count);
        }

        foreach (var table in new[] { red, interregional, milestoneRisk, moved }.Where(t => t.Rows.Count == 0))
        {
            table.Notes.Add("Ingen.");
        }

        return [projects, scope, figures, red, interregional, milestoneRisk, moved];
    }

    private static ReportTable ChainTable(string title, IEnumerable<(string Name, RiskChain Chain)> projects)
    {
        var table = new ReportTable(title, [
            new ReportColumn("name", "Prosjekt"),
            new ReportColumn("chain", "Avhenger av (kjede)"),
        ]);
        foreach (var (name, chain) in projects)
        {
            // The project itself is the first column; the chain says what it hangs on, nearest last.
            table.AddRow(name, string.Join(" → ", chain.Links.SkipLast(1).Select(l => l.Name)));
        }

        return table;
    }
}

/// <summary>Dates as the board paper prints them.</summary>
public static class Dates
{
    /// <summary>"30.04.2022" for 2022-04-30; csv and json keep the ISO date.</summary>
    public static string Board(object? value) =>
        value is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)
            : DisplayFormats.Default(value);
}
