using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.Governance.Reporting;
using Hemit.Governance.Tests.Integration;
using Hemit.Projects.Data;
using Hemit.Projects.Grpc;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Grpc;
using Hemit.ServiceTestHost;
using Microsoft.Extensions.DependencyInjection;
using GovernanceFigureStatus = Hemit.Contracts.Governance.V1.FigureStatus;
using GovernanceFigureUnit = Hemit.Contracts.Governance.V1.FigureUnit;
using OwnerAssignment = Hemit.Contracts.Governance.V1.OwnerAssignment;

namespace Hemit.Governance.Tests.TertialReports;

/// <summary>
/// The tertial report of 2025-T2 (May-August) over gRPC, compiled by the real governance service from the real finance,
/// HR metrics, service desk and projects services: the register's top ten in its order, the assignments the owner
/// selected and the others likely to miss with the reason for each, finance's investments over 100 MNOK (100 MNOK
/// exactly is not over), the projects service's benefits, and draft until every source has closed August.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class TertialReportTests(GovernanceStack stack) : IAsyncLifetime
{
    private static readonly SemaphoreSlim SeedGate = new(1, 1);
    private static Sources? _sources;

    private GovernanceHost Host { get; set; } = null!;

    private sealed record Sources(
        ServiceUnderTest<FinanceGrpcService, FinanceDbContext> Finance,
        ServiceUnderTest<ServiceDeskGrpcService, ServiceDeskDbContext> ServiceDesk,
        ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext> Projects);

    public async Task InitializeAsync()
    {
        await SeedGate.WaitAsync();
        try
        {
            if (_sources is null)
            {
                var servers = stack.Servers;
                async Task<Dictionary<string, string>> Connections(string database, string prefix) =>
                    new() { [database] = await servers.CreateDatabaseAsync(prefix), ["messaging"] = UnreachableBroker.Address };

                var sources = new Sources(
                    new(await Connections("financedb", "finance")), new(await Connections("servicedeskdb", "servicedesk")), new(await Connections("projectsdb", "projects")));
                Host = await stack.GovernanceForAsync<TertialReportTests>(services =>
                {
                    ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<FinanceService.FinanceServiceClient>(sources.Finance.CreateHandler)(services);
                    ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<ServiceDeskService.ServiceDeskServiceClient>(sources.ServiceDesk.CreateHandler)(services);
                    ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<ProjectsService.ProjectsServiceClient>(sources.Projects.CreateHandler)(services);
                });
                await SeedAsync(sources);
                _sources = sources;
            }

            Host = await stack.GovernanceForAsync<TertialReportTests>();
        }
        finally
        {
            SeedGate.Release();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<TertialReport> ReportAsync(string tertial = "2025-T2") =>
        Host.StatusReports.GetTertialReportAsync(new GetTertialReportRequest { Tertial = tertial }).ResponseAsync;

    [Fact]
    public async Task The_top_ten_are_the_registers_highest_scores_in_its_order_ties_by_consequence_then_code()
    {
        var report = await ReportAsync();

        // 20 (K5 before K4), 16, 15 (K5 before K3), 12 (K4 before K3), 10 (K5 before K2), 9: R-10 before R-14 by code,
        // so R-14 is eleventh and out with R-11 (8) and R-12 (5); R-13 was assessed in T1 only.
        Assert.Equal(["R-01", "R-02", "R-05", "R-03", "R-04", "R-06", "R-07", "R-08", "R-09", "R-10"],
            report.Risks.TopRisks.Select(r => r.Code));
        Assert.Equal(Enumerable.Range(1, 10), report.Risks.TopRisks.Select(r => r.Rank));
        Assert.Equal([20, 20, 16, 15, 15, 12, 12, 10, 10, 9], report.Risks.TopRisks.Select(r => r.Score));
        var first = report.Risks.TopRisks[0];
        Assert.Equal(("Tap av nøkkelkompetanse på Helseplattformen", "Direktør for økonomi og styring", RiskTrend.Up, 16),
            (first.Title, first.Owner, first.Trend, first.PreviousScore));
        Assert.Equal(25, report.Risks.Matrix.Count);
        Assert.Equal(["R-01"], report.Risks.Matrix.Single(c => c.Probability == 4 && c.Consequence == 5).Codes);
        Assert.Empty(report.Risks.Matrix.Single(c => c.Probability == 2 && c.Consequence == 4).Codes);
    }

    [Fact]
    public async Task The_selected_assignments_come_first_then_the_others_likely_to_miss_each_with_why()
    {
        var report = await ReportAsync();

        Assert.Equal(
        [
            ("HMN25-021", "2025-T2", AssignmentStatus.InProgress, GoalRisk.Medium, new[] { AssignmentInclusion.Selected }),
            ("HMN25-120", "2025-T2", AssignmentStatus.InProgress, GoalRisk.High,
                new[] { AssignmentInclusion.Selected, AssignmentInclusion.HighRisk, AssignmentInclusion.DeadlinePassed }),
            ("HMN25-029", "2025-T2", AssignmentStatus.InProgress, GoalRisk.High, new[] { AssignmentInclusion.HighRisk }),
            // Reported in T1 only: its T1 standing, and its deadline (1 March) has passed.
            ("HMN25-133", "2025-T1", AssignmentStatus.InProgress, GoalRisk.Medium, new[] { AssignmentInclusion.DeadlinePassed }),
        ],
            report.Assignments.Assignments.Select(a => (a.Code, a.ReportedFor, a.Status, a.Risk, a.Reasons.ToArray())));
        Assert.Equal("Ny handlingsplan for fravær i alle avdelinger", report.Assignments.Assignments[0].Comment);
        Assert.Equal("2025-05-31", report.Assignments.Assignments[1].Deadline);

        // Completed (HMN25-138), low risk (HMN25-009), high risk only from T3 (HMN25-136), due after August (HMN25-140):
        // none is in the T2 paper; in T3 the high risk HMN25-136 and the overdue HMN25-140 (due 31 December) come in.
        var later = await ReportAsync("2025-T3");
        Assert.Equal(["HMN25-021", "HMN25-120", "HMN25-029", "HMN25-133", "HMN25-136", "HMN25-140"],
            later.Assignments.Assignments.Select(a => a.Code));
    }

    [Fact]
    public async Task Only_investments_over_100_MNOK_appear_as_finance_reported_them_and_100_MNOK_exactly_does_not()
    {
        var report = await ReportAsync();

        Assert.True(report.Investments.Available);
        Assert.Equal(
        [
            ("eHelse-porteføljen", "Helseplattformen videreutvikling", 180_000_000m, 90_000_000m, 50, 185_000_000m),
            ("Infrastruktur (Hemit)", "Nettverk og sikkerhet", 100_000_001m, 25_000_000m, 25, 100_000_001m),
        ],
            report.Investments.Investments.Select(i => (i.Portfolio, i.Item, i.Budget.ToDecimal(), i.SpentToDate.ToDecimal(), i.ConsumptionPercent, i.Forecast.ToDecimal())));
        Assert.Equal(["Helseplattformen videreutvikling", "Nettverk og sikkerhet"], report.Investments.Chart.Categories);
        Assert.Equal(["Budsjett", "Påløpt hittil i år", "Prognose"], report.Investments.Chart.Series.Select(s => s.Name));
        Assert.Equal(64, report.Investments.AnswerVersion.Length);
    }

    [Fact]
    public async Task Benefits_are_the_projects_services_lines_and_totals_with_its_verdicts()
    {
        var report = await ReportAsync();

        Assert.True(report.Benefits.Available);
        Assert.Equal(
        [
            ("GEV-SDDC-1", "Programvaredefinert datasenter", GovernanceFigureUnit.Nok, 6_000_000m, (decimal?)4_500_000m, (decimal?)75m, GovernanceFigureStatus.NotMet),
            ("GEV-SDDC-2", "Programvaredefinert datasenter", GovernanceFigureUnit.Hours, 3_200m, 3_400m, 106.25m, GovernanceFigureStatus.Met),
            ("GEV-MET-1", "Mobile enheter og telefoni", GovernanceFigureUnit.Nok, 2_500_000m, null, null, GovernanceFigureStatus.NoTarget),
        ],
            report.Benefits.Benefits.OrderBy(b => b.BenefitId == "GEV-MET-1").ThenBy(b => b.BenefitId)
                .Select(b => (b.BenefitId, b.Source, b.Unit, b.Expected.ToDecimal(), b.Realised?.ToDecimal(), b.RealisedPercent?.ToDecimal(), b.Status)));
        var nok = report.Benefits.Totals.Single(t => t.Unit == GovernanceFigureUnit.Nok);
        Assert.Equal((8_500_000m, 4_500_000m, 2, 1), (nok.Expected.ToDecimal(), nok.Realised.ToDecimal(), nok.Benefits, nok.Measured));
    }

    [Fact]
    public async Task The_report_is_Augusts_monthly_report_plus_the_tertials_and_a_draft_until_every_source_has_closed_August()
    {
        var draft = await ReportAsync();
        Assert.Equal(("2025-T2", "Tertialrapport 2. tertial 2025", StatusReportState.Draft), (draft.Tertial, draft.Title, draft.State));
        Assert.Equal((2025, 8, "Statusrapport pr. august 2025"), (draft.Monthly.Period.Year, draft.Monthly.Period.Month, draft.Monthly.Title));
        Assert.Equal(StatusReportState.Draft, draft.Monthly.State);
        Assert.All(draft.Monthly.Sections, s => Assert.True(s.Available, s.UnavailableReason));

        // July closed everywhere does not make the T2 report final; August closed by three of four does not either.
        await CloseAsync(7, ReportSources.All);
        await CloseAsync(8, ReportSources.All.Where(s => s != "projects"));
        Assert.Equal(StatusReportState.Draft, (await ReportAsync()).State);

        await CloseAsync(8, ["projects"]);
        var final = await ReportAsync();
        Assert.Equal(StatusReportState.Final, final.State);
        Assert.Equal(StatusReportState.Final, final.Monthly.State);
    }

    [Fact]
    public async Task A_period_that_is_no_tertial_is_refused_naming_the_field()
    {
        var violations = await Integration.Refusals.InvalidArgumentAsync(() => ReportAsync("2025-T4"));

        Assert.Equal("tertial", Assert.Single(violations).Field);
    }

    /// <summary>What governance records when it hears MonthClosed from a source (here written as the handler would; no broker in these tests).</summary>
    private async Task CloseAsync(int month, IEnumerable<string> sources)
    {
        using var scope = Host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GovernanceDbContext>();
        foreach (var source in sources)
        {
            db.SourceClosings.Add(new SourceClosing { Source = source, Year = 2025, Month = month, ClosedAt = DateTimeOffset.UtcNow, EventId = Guid.NewGuid() });
        }

        await db.SaveChangesAsync();
    }

    private async Task SeedAsync(Sources sources)
    {
        var risks = Host.RisksAndAudits;
        (string Code, int Probability, int Consequence)[] assessed =
        [
            ("R-01", 4, 5), ("R-02", 5, 4), ("R-03", 3, 5), ("R-04", 5, 3), ("R-05", 4, 4), ("R-06", 3, 4), ("R-07", 4, 3),
            ("R-08", 2, 5), ("R-09", 5, 2), ("R-10", 3, 3), ("R-11", 2, 4), ("R-12", 1, 5), ("R-14", 3, 3),
        ];
        foreach (var (code, probability, consequence) in assessed)
        {
            var title = code == "R-01" ? "Tap av nøkkelkompetanse på Helseplattformen" : $"Risiko {code} – sårbarhet i drift på Østmarka";
            await risks.SaveRiskAsync(new SaveRiskRequest { Code = code, Title = title, Owner = "Direktør for økonomi og styring", Measures = "Tiltak følges opp månedlig" });
            await risks.AssessRiskAsync(new AssessRiskRequest { Code = code, Tertial = "2025-T2", Probability = probability, Consequence = consequence });
        }

        await risks.AssessRiskAsync(new AssessRiskRequest { Code = "R-01", Tertial = "2025-T1", Probability = 4, Consequence = 4 });
        await risks.SaveRiskAsync(new SaveRiskRequest { Code = "R-13", Title = "Vurdert bare i første tertial", Owner = "Direktør drift" });
        await risks.AssessRiskAsync(new AssessRiskRequest { Code = "R-13", Tertial = "2025-T1", Probability = 5, Consequence = 5 });

        await Host.Assignments.SaveAssignmentsAsync(new SaveAssignmentsRequest
        {
            Assignments =
            {
                Assignment("HMN25-021", "Sykefravær", "", perTertial: true),
                Assignment("HMN25-133", "Plan for automatisert overføring av data", "2025-03-01"),
                Assignment("HMN25-138", "Retningslinjer for bruk av KI", "2025-06-01"),
                Assignment("HMN25-029", "Vurdering av skybaserte løsninger", ""),
                Assignment("HMN25-120", "Internrevisjon informasjonssikkerhet", "2025-05-31", perTertial: true),
                Assignment("HMN25-009", "Spesialisthelsetjenester til den samiske befolkningen", ""),
                Assignment("HMN25-136", "Regional teknologiplan", ""),
                Assignment("HMN25-140", "Anbefaling internrevisjon", "2025-12-31"),
                Assignment("HMN24-021", "Sykefravær 2024", "", perTertial: true),
            },
        });
        (string Code, string Tertial, AssignmentStatus Status, GoalRisk Risk, string Comment)[] reports =
        [
            ("HMN25-021", "2025-T1", AssignmentStatus.InProgress, GoalRisk.High, "Kartlegging av fravær"),
            ("HMN25-021", "2025-T2", AssignmentStatus.InProgress, GoalRisk.Medium, "Ny handlingsplan for fravær i alle avdelinger"),
            ("HMN25-133", "2025-T1", AssignmentStatus.InProgress, GoalRisk.Medium, "Planen er forsinket"),
            ("HMN25-138", "2025-T2", AssignmentStatus.Completed, GoalRisk.Low, "Vedtatt i juni"),
            ("HMN25-029", "2025-T2", AssignmentStatus.InProgress, GoalRisk.High, "Avklaring med eier gjenstår"),
            ("HMN25-120", "2025-T2", AssignmentStatus.InProgress, GoalRisk.High, "Tre avvik står åpne"),
            ("HMN25-009", "2025-T2", AssignmentStatus.InProgress, GoalRisk.Low, "Følges opp"),
            ("HMN25-136", "2025-T2", AssignmentStatus.InProgress, GoalRisk.Low, "Status levert"),
            ("HMN25-136", "2025-T3", AssignmentStatus.InProgress, GoalRisk.High, "Tidsplanen glipper"),
        ];
        foreach (var (code, tertial, status, risk, comment) in reports)
        {
            await Host.Assignments.ReportAssignmentStatusAsync(new ReportAssignmentStatusRequest { Code = code, Tertial = tertial, Status = status, Risk = risk, Comment = comment });
        }

        var finance = new FinanceService.FinanceServiceClient(sources.Finance.Channel);
        await GovernanceHost.PushAsync(finance.ImportInvestments(),
        [
            Investment(InvestmentPortfolio.ProgrammeAreas, "Helseplattformen videreutvikling", 180_000_000m, 90_000_000m, 185_000_000m),
            Investment(InvestmentPortfolio.ProgrammeAreas, "Digital hjemmeoppfølging", 12_000_000m, 3_000_000m, 12_000_000m),
            Investment(InvestmentPortfolio.Infrastructure, "Nytt sikkerhetsbygg Østmarka", 100_000_000m, 60_000_000m, 100_000_000m),
            Investment(InvestmentPortfolio.Infrastructure, "Nettverk og sikkerhet", 100_000_001m, 25_000_000m, 100_000_001m),
            Investment(InvestmentPortfolio.Infrastructure, "Klientutstyr", 40_000_000m, 10_000_000m, 40_000_000m),
        ]);

        var projects = new ProjectsService.ProjectsServiceClient(sources.Projects.Channel);
        await GovernanceHost.PushAsync(projects.ImportProjects(),
        [
            Project("P-SDDC", "Programvaredefinert datasenter", 120_000_000m),
            Project("P-MET", "Mobile enheter og telefoni", 22_000_000m),
        ]);
        await GovernanceHost.PushAsync(projects.ImportBenefits(),
        [
            Benefit("GEV-SDDC-1", "P-SDDC", "Lavere drifts- og lisenskostnader i datasentrene", BenefitUnit.NokPerYear, 6_000_000m, 4_500_000m),
            Benefit("GEV-SDDC-2", "P-SDDC", "Færre timer til manuell serverdrift", BenefitUnit.HoursPerYear, 3_200m, 3_400m),
            Benefit("GEV-MET-1", "P-MET", "Driftstjeneste for mobile enheter i egen regi", BenefitUnit.NokPerYear, 2_500_000m, null),
        ]);
    }

    private static OwnerAssignment Assignment(string code, string title, string deadline, bool perTertial = false) => new()
    {
        Code = code, Title = title, Text = $"{title} (oppdrag og bestilling)", GoalArea = "Hovedmål 4", Deadline = deadline,
        Role = HemitRole.Leads, ReportedPerTertial = perTertial, ReportedInAnnualReport = true,
    };

    private static Investment Investment(InvestmentPortfolio portfolio, string item, decimal budget, decimal spent, decimal forecast) => new()
    {
        Year = 2025, Portfolio = portfolio, Item = item, Budget = Money.FromDecimal(budget), SpentToDate = Money.FromDecimal(spent), Forecast = Money.FromDecimal(forecast),
    };

    private static Project Project(string id, string name, decimal budget) => new()
    {
        Period = Period.Of(2025, 6), ProjectId = id, Name = name, Portfolio = ProjectPortfolio.Infrastructure, Customer = "Helse Midt-Norge RHF",
        Phase = ProjectPhase.Execution, StartDate = "2024-01-01", PlannedEnd = "2026-12-31", BudgetTotal = Money.FromDecimal(budget),
        SpentToDate = Money.FromDecimal(budget / 2), Forecast = Money.FromDecimal(budget), ScheduleStatus = StatusColour.Green,
        CostStatus = StatusColour.Green, ScopeStatus = StatusColour.Green, ManagerRole = "Prosjektleder infrastruktur",
    };

    private static Benefit Benefit(string id, string project, string description, BenefitUnit unit, decimal expected, decimal? realised) => new()
    {
        BenefitId = id, ProjectId = project, Description = description, Unit = unit, Year = 2025,
        Expected = Contracts.Common.V1.Decimal.FromDecimal(expected), Realised = realised is { } r ? Contracts.Common.V1.Decimal.FromDecimal(r) : null,
    };
}
