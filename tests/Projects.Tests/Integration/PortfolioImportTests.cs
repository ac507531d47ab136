using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Projects.Tests.Integration;

/// <summary>
/// The seed's portfolio (status report pr. oktober 2021, section 5) pushed over gRPC to the real service on PostgreSQL,
/// read back as the board reads it; bad batches refused whole. Each test uses its own months.
/// </summary>
public sealed class PortfolioImportTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    [Fact]
    public async Task The_seed_portfolio_imports_a_second_push_changes_nothing_and_the_report_adds_it_up()
    {
        await host.PushAsync(ProjectsHost.ExternalMilestones());
        var first = await host.PushAsync(ProjectsHost.SeedPortfolio());
        var again = await host.PushAsync(ProjectsHost.SeedPortfolio());

        Assert.Equal((15, 0, 0), (first.Accepted, first.Unchanged, first.Rejected));
        Assert.Equal((0, 15, 0), (again.Accepted, again.Unchanged, again.Rejected));

        var report = await host.Client.GetPortfolioAsync(new GetPortfolioRequest { Period = Period.Of(2021, 10) });
        var totals = report.Totals;
        Assert.Equal(15, totals.Projects);
        Assert.Equal(427_600_000m, totals.BudgetTotal.ToDecimal());
        Assert.Equal(206_800_000m, totals.SpentToDate.ToDecimal());
        Assert.Equal(443_150_000m, totals.Forecast.ToDecimal());
        Assert.Equal(15_550_000m, totals.ForecastVariance.ToDecimal());
        Assert.Equal(FigureStatus.NotMet, totals.ForecastStatus);
        // A ratio of the sums: 206.8 / 427.6.
        Assert.Equal(48.363m, Math.Round(totals.BudgetConsumptionPercent.ToDecimal(), 3));
        Assert.Equal((4, FigureStatus.NotMet), (totals.RedProjects, totals.RedProjectsStatus));
        Assert.Equal(7, totals.OverBudgetProjects);

        var infrastructureInExecution = report.ByPortfolioAndPhase.Single(c => c is { Portfolio: ProjectPortfolio.Infrastructure, Phase: ProjectPhase.Execution });
        Assert.Equal((4, 125_500_000m), (infrastructureInExecution.Projects, infrastructureInExecution.BudgetTotal.ToDecimal()));
        var closing = Assert.Single(report.ByPortfolioAndPhase, c => c.Phase == ProjectPhase.Closing);
        Assert.Equal((ProjectPortfolio.TrustSpecific, 1, 18_700_000m), (closing.Portfolio, closing.Projects, closing.BudgetTotal.ToDecimal()));

        var ostmarka = report.Projects.Single(p => p.ProjectId == "P-OSTMARKA");
        Assert.Equal(("Nytt sikkerhetsbygg Østmarka", FigureStatus.Met, -50_000m), (ostmarka.Name, ostmarka.ForecastStatus, ostmarka.ForecastVariance.ToDecimal()));
        var sddc = report.Projects.Single(p => p.ProjectId == "P-SDDC");
        Assert.Equal([2020, 2021, 2022, 2023], sddc.BudgetByYear.Select(b => b.Year));
        Assert.Equal(58_000_000m, sddc.BudgetByYear.Sum(b => b.Budget.ToDecimal()));

        // Projects hanging on the interregional AMK IKT and RBD are high risk, with the chain that links them.
        var interregional = report.Projects.Where(p => p.InterregionalRisk)
            .ToDictionary(p => p.ProjectId, p => string.Join(" → ", p.InterregionalChain.Links.Select(l => l.Name)));
        Assert.Equal(3, totals.InterregionalRiskProjects);
        Assert.Equal("AMK IKT → Ny AMK-løsning Midt-Norge → SNR IKT", interregional["P-SNR-IKT"]);
        Assert.Equal("AMK IKT → Ny AMK-løsning Midt-Norge", interregional["P-AMK-MIDT"]);
        Assert.Equal("Reseptur og Butikkdata (RBD) → Lukket legemiddelsløyfe", interregional["P-LEGEMIDDEL"]);
        Assert.Equal(0, totals.MilestoneRiskProjects);
    }

    private static Project Good(string id, int month, Action<Project>? change = null) =>
        ProjectsHost.SeedProject("P-OSTMARKA", 2022, month, p =>
        {
            p.ProjectId = id;
            p.DependsOn.Clear();
            change?.Invoke(p);
        });

    [Fact]
    public async Task A_bad_batch_is_refused_naming_each_bad_row_and_field_and_nothing_is_written()
    {
        var refusal = await GrpcErrors.RefusalOf(() => host.PushAsync([
            Good("P-GOD", 3),
            Good("P-UKJENT-PORTEFOLJE", 3, p => p.Portfolio = (ProjectPortfolio)99),
            Good("P-SLUTT-FOR-START", 3, p => (p.StartDate, p.PlannedEnd) = ("2022-05-01", "2022-04-30")),
            Good("P-NEGATIVT", 3, p => p.BudgetTotal = Money.FromDecimal(-1m)),
            Good("P-GOD", 3, p => p.Name = "Nytt sikkerhetsbygg Østmarka, andre gang"),
            Good("P-ÅRENE", 3, p => p.BudgetByYear.Add(new YearBudget { Year = 2022, Budget = Money.FromDecimal(1m) })),
        ]));

        Assert.Equal(StatusCode.InvalidArgument, refusal.Code);
        Assert.Equal(["projects[1].portfolio", "projects[2].planned_end", "projects[3].budget_total", "projects[4].project_id", "projects[5].budget_by_year"],
            refusal.Violations.Select(v => v.Field));
        Assert.StartsWith("row 2: 99 is not a known value; use one of regional_ehealth", refusal.Violations[0].Description);
        Assert.Equal("row 3: 2022-04-30 is before the start 2022-05-01; a project ends after it starts", refusal.Violations[1].Description);
        Assert.Contains("first in row 1", refusal.Violations[3].Description);
        Assert.Equal(0, await host.Service.QueryAsync(db => db.Projects.CountAsync(p => p.Year == 2022 && p.Month == 3)));
    }

    [Fact]
    public async Task A_dependency_on_an_unknown_project_is_refused_and_nothing_is_written()
    {
        var refusal = await GrpcErrors.RefusalOf(() => host.PushAsync([
            Good("P-AVHENGIG-A", 4),
            Good("P-AVHENGIG-B", 4, p => p.DependsOn.Add("P-FINNES-IKKE")),
        ]));

        Assert.Equal(StatusCode.InvalidArgument, refusal.Code);
        var violation = Assert.Single(refusal.Violations);
        Assert.Equal("projects[1].depends_on[0]", violation.Field);
        Assert.StartsWith("row 2: P-FINNES-IKKE is not a known project or milestone", violation.Description);
        Assert.Equal(0, await host.Service.QueryAsync(db => db.Projects.CountAsync(p => p.Year == 2022 && p.Month == 4)));
    }

    [Fact]
    public async Task A_cycle_of_dependencies_is_refused_naming_the_cycle_and_nothing_is_written()
    {
        var refusal = await GrpcErrors.RefusalOf(() => host.PushAsync([
            Good("P-SYKLUS-A", 5, p => p.DependsOn.Add("P-SYKLUS-C")),
            Good("P-SYKLUS-B", 5, p => p.DependsOn.Add("P-SYKLUS-A")),
            Good("P-SYKLUS-C", 5, p => p.DependsOn.Add("P-SYKLUS-B")),
            Good("P-UTENFOR", 5, p => p.DependsOn.Add("P-SYKLUS-A")),
        ]));

        Assert.Equal(StatusCode.InvalidArgument, refusal.Code);
        var violation = Assert.Single(refusal.Violations);
        Assert.Equal("projects[0].depends_on", violation.Field);
        Assert.Equal("row 1: the dependencies form a cycle: P-SYKLUS-A → P-SYKLUS-C → P-SYKLUS-B → P-SYKLUS-A; a project cannot wait for itself", violation.Description);
        Assert.Equal(0, await host.Service.QueryAsync(db => db.Projects.CountAsync(p => p.Year == 2022 && p.Month == 5)));
        Assert.Equal(0, await host.Service.QueryAsync(db => db.ProjectDependencies.CountAsync(p => p.Year == 2022 && p.Month == 5)));
    }

    [Fact]
    public async Task A_change_of_phase_or_colour_is_announced_once_against_the_previous_month()
    {
        await host.PushAsync([Good("P-STATUS", 6)]);
        await host.PushAsync([Good("P-STATUS", 7, p => { p.ScheduleStatus = StatusColour.Red; p.StatusComment = "Leveranse av nettverk forsinket"; })]);
        await host.PushAsync([Good("P-STATUS", 7, p => { p.ScheduleStatus = StatusColour.Red; p.StatusComment = "Leveranse av nettverk forsinket"; })]);
        await host.PushAsync([Good("P-STATUS", 8, p => p.ScheduleStatus = StatusColour.Red)]);

        var payloads = (await host.Service.OutboxPayloadsAsync("ProjectStatusChanged"))
            .Select(p => System.Text.Json.JsonDocument.Parse(p).RootElement).Where(p => p.GetProperty("projectId").GetString() == "P-STATUS").ToList();
        var changed = Assert.Single(payloads);
        Assert.Equal((7, "green", "red", "Leveranse av nettverk forsinket"),
            (changed.GetProperty("month").GetInt32(), changed.GetProperty("previousSchedule").GetString(), changed.GetProperty("schedule").GetString(),
                changed.GetProperty("statusComment").GetString()));
    }

    [Fact]
    public async Task Two_months_in_one_batch_are_compared_with_each_other()
    {
        await host.PushAsync([
            Good("P-TO-MND", 10),
            Good("P-TO-MND", 11, p => p.Phase = ProjectPhase.Closed),
        ]);

        var changed = (await host.Service.OutboxPayloadsAsync("ProjectStatusChanged"))
            .Select(p => System.Text.Json.JsonDocument.Parse(p).RootElement).Single(p => p.GetProperty("projectId").GetString() == "P-TO-MND");
        Assert.Equal((11, "closing", "closed"), (changed.GetProperty("month").GetInt32(), changed.GetProperty("previousPhase").GetString(), changed.GetProperty("phase").GetString()));
    }

    [Fact]
    public async Task A_closed_month_refuses_the_import()
    {
        await host.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2022, 9) });

        var refusal = await GrpcErrors.RefusalOf(() => host.PushAsync([Good("P-LUKKET", 9)]));

        Assert.Equal(StatusCode.FailedPrecondition, refusal.Code);
        Assert.Equal(0, await host.Service.QueryAsync(db => db.Projects.CountAsync(p => p.ProjectId == "P-LUKKET")));
    }
}
