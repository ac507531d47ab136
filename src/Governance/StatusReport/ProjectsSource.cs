using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

/// <summary>
/// Sections 5 Status prosjektgjennomføring (the portfolio) and 6 Oppdragsgjennomføring (work orders) from the
/// projects service: its figures beside its targets with its statuses, its red projects and its dependency chains.
/// </summary>
public sealed class ProjectsSource(ProjectsService.ProjectsServiceClient client)
{
    public const string Name = "projects";

    private const string Budget = "Budsjett";
    private const string Target = "Mål";

    public async Task<SourceContribution> CompileAsync(Period period, Func<CallOptions> call)
    {
        var portfolioCall = client.GetPortfolioAsync(new GetPortfolioRequest { Period = period }, call()).ResponseAsync;
        var workOrdersCall = client.GetWorkOrderReportAsync(new GetWorkOrderReportRequest { Period = period }, call()).ResponseAsync;
        var (portfolio, workOrders) = (await portfolioCall, await workOrdersCall);
        var contribution = new SourceContribution(Name);
        contribution.Answers.AddRange([portfolio, workOrders]);

        var month = StatusReportSections.MonthName(period.Month);
        var totals = portfolio.Totals;
        var projects = new Figures(Name, $"5.1 Prosjektporteføljen pr. {month}")
            .Add("portfolio.projects", "Prosjekter i porteføljen", Wire.FigureUnit.Count, 0, totals.Projects)
            .Add("portfolio.budget_total", "Samlet budsjett", Wire.FigureUnit.Nok, 0, Figures.Value(totals.BudgetTotal))
            .Add("portfolio.spent_to_date", "Påløpt hittil", Wire.FigureUnit.Nok, 0, Figures.Value(totals.SpentToDate))
            .Add("portfolio.forecast", "Prognose mot budsjett", Wire.FigureUnit.Nok, 0, Figures.Value(totals.Forecast),
                Figures.Value(totals.BudgetTotal), Budget, Met(totals.ForecastStatus))
            .Add("portfolio.budget_consumption", "Budsjettforbruk (påløpt av budsjett)", Wire.FigureUnit.Percent, 1,
                Figures.Value(totals.BudgetConsumptionPercent))
            .Add("portfolio.red_projects", "Røde prosjekter (tid, kostnad eller omfang)", Wire.FigureUnit.Count, 0, totals.RedProjects,
                0, Target, Met(totals.RedProjectsStatus))
            .Add("portfolio.over_budget_projects", "Prosjekter med prognose over budsjett", Wire.FigureUnit.Count, 0, totals.OverBudgetProjects,
                0, Target, Met(totals.OverBudgetStatus))
            .Add("portfolio.interregional_risk_projects", "Avhenger av interregionale prosjekter (høy risiko)", Wire.FigureUnit.Count, 0,
                totals.InterregionalRiskProjects)
            .Add("portfolio.milestone_risk_projects", "I risiko etter flyttet milepæl", Wire.FigureUnit.Count, 0, totals.MilestoneRiskProjects);

        var scope = projects.Group("5.2 Omfang og faser");
        foreach (var cell in portfolio.ByPortfolioAndPhase)
        {
            var key = $"portfolio.{Code(cell.Portfolio)}.{Code(cell.Phase)}";
            var label = $"{PortfolioName(cell.Portfolio)}, {PhaseName(cell.Phase).ToLowerInvariant()}";
            scope.Add($"{key}.projects", $"{label}: prosjekter", Wire.FigureUnit.Count, 0, cell.Projects)
                .Add($"{key}.budget_total", $"{label}: budsjett", Wire.FigureUnit.Nok, 0, Figures.Value(cell.BudgetTotal));
        }

        var moved = projects.Group("5.3 Flyttede milepæler");
        foreach (var milestone in portfolio.MovedMilestones)
        {
            moved.Add($"milestones.{milestone.MilestoneId}.projects_at_risk",
                $"{milestone.Name} flyttet fra {milestone.BaselineDate} til {milestone.DueDate}: prosjekter i risiko",
                Wire.FigureUnit.Count, 0, milestone.ProjectsAtRisk.Count);
        }

        contribution.Section(StatusReportSections.Projects, projects, PhaseAndStatusChart(portfolio));
        contribution.Projects[StatusReportSections.Projects] =
            [.. portfolio.Projects.Where(p => p.Status == FigureStatus.NotMet || p.InterregionalRisk || p.MilestoneRisk).Select(Named)];

        var orders = new Figures(Name, $"6.1 Oppdrag levert i {month}");
        AddDeliveries(orders, "month", "i måneden", workOrders.Months.FirstOrDefault(m => m.Period.Month == period.Month));
        AddDeliveries(orders.Group("6.2 Oppdrag hittil i år"), "year_to_date", "hittil i år", workOrders.YearToDate);
        var open = orders.Group($"6.3 Åpne oppdrag ved utgangen av {month} etter alder");
        foreach (var band in workOrders.OpenByAge)
        {
            open.Add($"work_orders.open.{band.Band}", $"Åpne, mottatt for {AgeBandName(band.Band)} siden", Wire.FigureUnit.Count, 0, band.Open)
                .Add($"work_orders.overdue.{band.Band}", $"Av dem over frist ({AgeBandName(band.Band)})", Wire.FigureUnit.Count, 0, band.Overdue);
        }

        var onTime = Figures.Chart("work_orders_on_time_by_month", $"Oppdrag levert innen frist per måned {period.Year}", Wire.FigureUnit.Percent, 0, bars: true,
            workOrders.Months.Select(m => StatusReportSections.ShortMonthName(m.Period.Month)),
            Figures.Series("Levert innen frist", workOrders.Months.Select(m => Figures.Value(m.OnTimePercent))),
            Figures.Series(Target, workOrders.Months.Select(m => Figures.Value(m.OnTimeTargetPercent)), reference: true));
        return contribution.Section(StatusReportSections.WorkOrders, orders, onTime);
    }

    private static void AddDeliveries(Figures figures, string key, string when, WorkOrderDeliveries? deliveries)
    {
        figures.Add($"work_orders.{key}.received", $"Mottatt {when}", Wire.FigureUnit.Count, 0, deliveries?.Received)
            .Add($"work_orders.{key}.delivered", $"Levert {when}", Wire.FigureUnit.Count, 0, deliveries?.Delivered)
            .Add($"work_orders.{key}.lead_time", $"Gjennomsnittlig leveringstid {when}", Wire.FigureUnit.Days, 1, Figures.Value(deliveries?.AverageLeadTimeDays))
            .Add($"work_orders.{key}.on_time", $"Levert innen frist {when}", Wire.FigureUnit.Percent, 0, Figures.Value(deliveries?.OnTimePercent),
                Figures.Value(deliveries?.OnTimeTargetPercent), Target, Met(deliveries?.OnTimeStatus));
    }

    /// <summary>Projects per phase by their worst colour: how many are green, yellow or red on their own reports.</summary>
    private static Wire.StatusReportChart PhaseAndStatusChart(GetPortfolioResponse portfolio)
    {
        ProjectPhase[] phases = [ProjectPhase.Concept, ProjectPhase.Planning, ProjectPhase.Execution, ProjectPhase.Closing, ProjectPhase.Closed];
        decimal? Count(ProjectPhase phase, StatusColour colour) =>
            portfolio.Projects.Count(p => p.Phase == phase && Worst(p) == colour);
        return Figures.Chart("projects_by_phase_and_status", "Prosjekter etter fase og status", Wire.FigureUnit.Count, 0, bars: true,
            phases.Select(PhaseName),
            Figures.Series("Grønn", phases.Select(p => Count(p, StatusColour.Green))),
            Figures.Series("Gul", phases.Select(p => Count(p, StatusColour.Yellow))),
            Figures.Series("Rød", phases.Select(p => Count(p, StatusColour.Red))));
    }

    private static StatusColour Worst(ProjectLine project) =>
        (StatusColour)Math.Max((int)project.ScheduleStatus, Math.Max((int)project.CostStatus, (int)project.ScopeStatus));

    private static Wire.StatusReportProject Named(ProjectLine project)
    {
        var named = new Wire.StatusReportProject
        {
            ProjectId = project.ProjectId,
            Name = project.Name,
            Portfolio = PortfolioName(project.Portfolio),
            Phase = PhaseName(project.Phase),
            Customer = project.Customer,
            ScheduleStatus = Code(project.ScheduleStatus),
            CostStatus = Code(project.CostStatus),
            ScopeStatus = Code(project.ScopeStatus),
            StatusComment = project.StatusComment,
            BudgetTotal = Figures.Value(project.BudgetTotal).ToWireDecimal(),
            Forecast = Figures.Value(project.Forecast).ToWireDecimal(),
            ForecastStatus = Status(project.ForecastStatus),
            Red = project.Status == FigureStatus.NotMet,
        };
        named.InterregionalChain.AddRange(project.InterregionalChain?.Links.Select(l => l.Name) ?? []);
        named.MilestoneChain.AddRange(project.MilestoneChain?.Links.Select(l => l.Name) ?? []);
        return named;
    }

    /// <summary>The projects service's verdict as the report's: null when it sets no target.</summary>
    private static bool? Met(FigureStatus? status) => status switch
    {
        FigureStatus.Met => true,
        FigureStatus.NotMet => false,
        _ => null,
    };

    public static Wire.FigureStatus Status(FigureStatus status) => status switch
    {
        FigureStatus.Met => Wire.FigureStatus.Met,
        FigureStatus.NotMet => Wire.FigureStatus.NotMet,
        FigureStatus.NoTarget => Wire.FigureStatus.NoTarget,
        _ => Wire.FigureStatus.NoFigures,
    };

    /// <summary>The enum's name as a snake_case code, as in the projects service's files: trust_specific, execution, red.</summary>
    private static string Code<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"_{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    private static string PortfolioName(ProjectPortfolio portfolio) => portfolio switch
    {
        ProjectPortfolio.RegionalEhealth => "Regional e-helse",
        ProjectPortfolio.TrustSpecific => "HF-vise prosjekter",
        ProjectPortfolio.Infrastructure => "Infrastruktur",
        ProjectPortfolio.Interregional => "Nasjonale og interregionale",
        ProjectPortfolio.ExternalCustomer => "Eksterne kunder",
        _ => "Uten portefølje",
    };

    private static string PhaseName(ProjectPhase phase) => phase switch
    {
        ProjectPhase.Concept => "Konsept",
        ProjectPhase.Planning => "Planlegging",
        ProjectPhase.Execution => "Gjennomføring",
        ProjectPhase.Closing => "Avslutning",
        ProjectPhase.Closed => "Avsluttet",
        _ => "Uten fase",
    };

    private static string AgeBandName(string band) => band switch
    {
        "0_30" => "0–30 dager",
        "31_90" => "31–90 dager",
        "91_180" => "91–180 dager",
        "over_180" => "over 180 dager",
        _ => band,
    };
}
