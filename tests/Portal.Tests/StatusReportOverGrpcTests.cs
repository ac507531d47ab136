using System.Net;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.HrMetrics.V1;
using ProjectsService = Hemit.Contracts.Projects.V1.ProjectsService;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.Governance.StatusReport;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Portal.Tests;

/// <summary>Governance compiles the board's status report over gRPC from the services that own the figures.</summary>
[Collection(ReportStackCollection.Name)]
public sealed class StatusReportOverGrpcTests(ReportStack stack)
{
    private static readonly string[] AllSources = ["finance", "hrmetrics", "servicedesk", "projects"];

    private static StatusReportFigure Figure(StatusReport report, string key) =>
        report.Sections.SelectMany(s => s.Figures).SingleOrDefault(f => f.Key == key)
        ?? throw new Xunit.Sdk.XunitException($"no figure {key}; the report has {string.Join(", ", report.Sections.SelectMany(s => s.Figures).Select(f => f.Key))}");

    private static decimal Thousands(StatusReportFigure figure) => Math.Round(figure.Value.ToDecimal() / 1000m, 0, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task October_2021_compiles_the_seed_figures_beside_their_targets_with_the_owning_services_status()
    {
        await stack.CloseAsync(Period.Of(2021, 10), AllSources);
        var report = (await stack.ReportInStateAsync(Period.Of(2021, 10), StatusReportState.Final)).Current;

        Assert.Equal("Statusrapport pr. oktober 2021", report.Title);
        Assert.Equal(["1 Økonomi", "2 Organisatoriske forhold", "3 Tjenesteproduksjon", "4 Tjenesteforvaltning og -utvikling",
            "5 Status prosjektgjennomføring", "6 Oppdragsgjennomføring"], report.Sections.Select(s => $"{s.Number} {s.Title}"));
        Assert.All(report.Sections, s => Assert.True(s.Available, s.UnavailableReason));

        // DRIFTSRESULTAT (3 401) against a budget of (1 669): not met; hittil 23 670 against 1 125: met.
        var month = Figure(report, "finance.operating_result.period");
        Assert.Equal((-3401m, -1669m, FigureStatus.NotMet), (Thousands(month), Math.Round(month.Target.ToDecimal() / 1000m), month.Status));
        var toDate = Figure(report, "finance.operating_result.year_to_date");
        Assert.Equal((23670m, FigureStatus.Met), (Thousands(toDate), toDate.Status));
        Assert.Equal("1.1 Resultat pr. oktober", month.Group);

        // Sykefravær Hiå 5,4 against the target of under 5 %: not met, as HR metrics judged it.
        var sickLeave = Figure(report, "hrmetrics.sick_leave.year_to_date");
        Assert.Equal((5.4m, 5m, FigureStatus.NotMet), (Math.Round(sickLeave.Value.ToDecimal(), 1), sickLeave.Target.ToDecimal(), sickLeave.Status));
        // Bemanning: September's 435 from its parts (the paper printed 426).
        Assert.Equal(435m, Figure(report, "hrmetrics.staffing.2021-09.total_headcount").Value.ToDecimal());
        Assert.Equal(449m, Figure(report, "hrmetrics.staffing.2021-10.total_headcount").Value.ToDecimal());

        // Løsningsgrad innen frist: every priority on target but 3 (63 % against 65 %); 90 % in total.
        var priority3 = Figure(report, "servicedesk.deadline_resolution.priority_3");
        Assert.Equal((63m, 65m, FigureStatus.NotMet), (priority3.Value.ToDecimal(), priority3.Target.ToDecimal(), priority3.Status));
        Assert.Equal((90m, FigureStatus.Met), (Figure(report, "servicedesk.deadline_resolution.total").Value.ToDecimal(), Figure(report, "servicedesk.deadline_resolution.total").Status));
        // Releases 41 of 45 on plan, 91 %; the service desk sets no target for it.
        var releases = Figure(report, "servicedesk.releases.on_plan_percent");
        Assert.Equal((91m, FigureStatus.NoTarget), (Math.Round(releases.Value.ToDecimal()), releases.Status));

        Assert.Equal(["result_by_month", "sick_leave_by_month", "resolution_by_priority", "projects_by_phase_and_status", "work_orders_on_time_by_month"],
            report.Sections.SelectMany(s => s.Charts).Select(c => c.Key));
        var sickLeaveChart = report.Sections.SelectMany(s => s.Charts).Single(c => c.Key == "sick_leave_by_month");
        Assert.Equal(6.3m, Math.Round(sickLeaveChart.Series.Single(s => s.Name == "2021").Points[9].Value.ToDecimal(), 1));
        Assert.Null(sickLeaveChart.Series.Single(s => s.Name == "2021").Points[10].Value);
        Assert.Equal(5.9m, Math.Round(sickLeaveChart.Series.Single(s => s.Name == "2020").Points[11].Value.ToDecimal(), 1));

        Assert.Equal(AllSources, report.Sources.Select(s => s.Source));
        Assert.All(report.Sources, s => Assert.Equal((true, 64, ""), (s.Closed, s.AnswerVersion.Length, s.Problem)));
    }

    [Fact]
    public async Task October_2021_shows_the_portfolio_and_the_work_orders_as_the_projects_service_judged_them()
    {
        var report = (await stack.ReportAsync(Period.Of(2021, 10))).Current;
        var projects = report.Sections[4];
        Assert.True(projects.Available, projects.UnavailableReason);

        // 15 projects for 427,6 MNOK; the forecast 443,15 MNOK is over the budget: not met, as projects judged it.
        Assert.Equal(15m, Figure(report, "projects.portfolio.projects").Value.ToDecimal());
        Assert.Equal("5.1 Prosjektporteføljen pr. oktober", Figure(report, "projects.portfolio.projects").Group);
        var forecast = Figure(report, "projects.portfolio.forecast");
        Assert.Equal((443_150_000m, 427_600_000m, "Budsjett", FigureStatus.NotMet),
            (forecast.Value.ToDecimal(), forecast.Target.ToDecimal(), forecast.TargetLabel, forecast.Status));
        // Budget consumption is a ratio of the sums: 206,8 of 427,6 MNOK.
        Assert.Equal(48.4m, Math.Round(Figure(report, "projects.portfolio.budget_consumption").Value.ToDecimal(), 1));
        var red = Figure(report, "projects.portfolio.red_projects");
        Assert.Equal((4m, 0m, FigureStatus.NotMet), (red.Value.ToDecimal(), red.Target.ToDecimal(), red.Status));
        Assert.Equal((7m, FigureStatus.NotMet), (Figure(report, "projects.portfolio.over_budget_projects").Value.ToDecimal(), Figure(report, "projects.portfolio.over_budget_projects").Status));
        Assert.Equal(3m, Figure(report, "projects.portfolio.interregional_risk_projects").Value.ToDecimal());
        Assert.Equal(4m, Figure(report, "projects.portfolio.milestone_risk_projects").Value.ToDecimal());

        // The figure of scope and phases: infrastructure in execution, 4 projects for 125,5 MNOK.
        Assert.Equal(4m, Figure(report, "projects.portfolio.infrastructure.execution.projects").Value.ToDecimal());
        Assert.Equal(125_500_000m, Figure(report, "projects.portfolio.infrastructure.execution.budget_total").Value.ToDecimal());
        Assert.Equal(18_700_000m, Figure(report, "projects.portfolio.trust_specific.closing.budget_total").Value.ToDecimal());
        var pd1 = Figure(report, "projects.milestones.HP-PD1.projects_at_risk");
        Assert.Equal(("Helseplattformen PD1 flyttet fra 2021-11-13 til 2022-04-30: prosjekter i risiko", 4m), (pd1.Label, pd1.Value.ToDecimal()));

        var chart = projects.Charts.Single(c => c.Key == "projects_by_phase_and_status");
        Assert.Equal(["Konsept", "Planlegging", "Gjennomføring", "Avslutning", "Avsluttet"], chart.Categories);
        Assert.Equal([("Grønn", new decimal[] { 1, 1, 2, 1, 0 }), ("Gul", [0, 2, 4, 0, 0]), ("Rød", [0, 0, 4, 0, 0])],
            chart.Series.Select(s => (s.Name, s.Points.Select(p => p.Value.ToDecimal()).ToArray())));

        // Red projects with their own comment; projects at risk with the chain from the cause.
        Assert.Equal(new[] { "P-EUD", "P-SNR-IKT", "P-AMK-IKT", "P-RBD" }.Order(), projects.Projects.Where(p => p.Red).Select(p => p.ProjectId).Order());
        var snr = projects.Projects.Single(p => p.ProjectId == "P-SNR-IKT");
        Assert.Equal(("SNR IKT", "red", "yellow", "green", "Avhenger av ny AMK-løsning for akuttmottaket", FigureStatus.NotMet),
            (snr.Name, snr.ScheduleStatus, snr.CostStatus, snr.ScopeStatus, snr.StatusComment, snr.ForecastStatus));
        Assert.Equal(["AMK IKT", "Ny AMK-løsning Midt-Norge", "SNR IKT"], snr.InterregionalChain);
        var smartphone = projects.Projects.Single(p => p.ProjectId == "P-SMARTTLF-STO");
        Assert.Equal((false, "Helseplattformen PD1 → Mobile enheter og telefoni → Ny smarttelefon St. Olav"),
            (smartphone.Red, string.Join(" → ", smartphone.MilestoneChain)));
        Assert.DoesNotContain(projects.Projects, p => p.ProjectId is "P-SDDC" or "P-OSTMARKA" or "P-ALESUND-IKT");

        // Work orders: October 5 delivered, 4 on time, 80 % against 80 %: met; the year to date 75 %: not met.
        var month = Figure(report, "projects.work_orders.month.on_time");
        Assert.Equal((80m, 80m, FigureStatus.Met, "6.1 Oppdrag levert i oktober"), (month.Value.ToDecimal(), month.Target.ToDecimal(), month.Status, month.Group));
        Assert.Equal(35.6m, Figure(report, "projects.work_orders.month.lead_time").Value.ToDecimal());
        Assert.Equal(FigureUnit.Days, Figure(report, "projects.work_orders.month.lead_time").Unit);
        var yearToDate = Figure(report, "projects.work_orders.year_to_date.on_time");
        Assert.Equal((75m, 80m, FigureStatus.NotMet), (yearToDate.Value.ToDecimal(), yearToDate.Target.ToDecimal(), yearToDate.Status));
        Assert.Equal(48.125m, Figure(report, "projects.work_orders.year_to_date.lead_time").Value.ToDecimal());
        Assert.Equal([2m, 1m, 1m, 1m], new[] { "0_30", "31_90", "91_180", "over_180" }.Select(band => Figure(report, $"projects.work_orders.open.{band}").Value.ToDecimal()));
        Assert.Equal(1m, Figure(report, "projects.work_orders.overdue.over_180").Value.ToDecimal());
    }

    [Fact]
    public async Task A_month_is_a_draft_until_its_last_source_closes()
    {
        var september = Period.Of(2021, 9);
        await stack.CloseAsync(september, "finance", "hrmetrics", "servicedesk");

        var threeClosed = await Eventually.ReachAsync(() => stack.ReportAsync(september), r => r.Current.Sources.Count(s => s.Closed) == 3,
            "governance hearing three closings of 2021-09");
        Assert.Equal(StatusReportState.Draft, threeClosed.Current.State);
        Assert.Equal(["projects"], threeClosed.Current.Sources.Where(s => !s.Closed).Select(s => s.Source));

        await stack.CloseAsync(september, "projects");
        var final = (await stack.ReportInStateAsync(september, StatusReportState.Final)).Current;

        // September's Hiå runs January to September although October's figures are in: sick days over agreed days of those months.
        var rows = SeedOctober2021.SickLeaveRows().Where(r => r.Period.Year == 2021 && r.Period.Month <= 9).ToList();
        var expected = rows.Sum(r => r.SickLeaveDays.ToDecimal()) / rows.Sum(r => r.AgreedWorkDays.ToDecimal()) * 100m;
        var toDate = Figure(final, "hrmetrics.sick_leave.year_to_date");
        Assert.Equal(Math.Round(expected, 6), Math.Round(toDate.Value.ToDecimal(), 6));
        Assert.Equal((5.3m, FigureStatus.NotMet), (Math.Round(toDate.Value.ToDecimal(), 1), toDate.Status));
    }

    [Fact]
    public async Task Approval_freezes_the_report_and_a_later_ledger_import_changes_only_the_draft()
    {
        var december = Period.Of(2020, 12);
        await PushLedgerAsync(Ledger(december, revenue: 90_000_000m, costs: 88_500_000m));
        await stack.Governance.Client.SetStatusReportAssessmentAsync(new SetStatusReportAssessmentRequest
        {
            Period = december, Section = "1", Text = "Resultatet for desember er godt; årsoppgjøret gjenstår.", WrittenBy = "Økonomisjef",
        });
        await stack.CloseAsync(december, AllSources);
        await stack.ReportInStateAsync(december, StatusReportState.Final);

        var approved = (await stack.Governance.Client.ApproveStatusReportAsync(new ApproveStatusReportRequest { Period = december, ApprovedBy = "Styret" })).Approved;
        Assert.Equal((StatusReportState.Approved, 1, "Styret"), (approved.State, approved.Version, approved.ApprovedBy));
        Assert.Equal(1_500m, Thousands(Figure(approved, "finance.operating_result.period")));
        // Announced for the board meeting's agenda (decision item B), in the approval's transaction.
        var announced = JsonDocument.Parse(Assert.Single(await stack.Governance.OutboxPayloadsAsync("StatusReportApproved"))).RootElement;
        Assert.Equal(("Statusrapport pr. desember 2020", 1, "Styret"),
            (announced.GetProperty("title").GetString(), announced.GetProperty("version").GetInt32(), announced.GetProperty("approvedBy").GetString()));

        // Finance takes December back for a late invoice: the report is a draft again, the approved version stays.
        await stack.Finance.Client.ReopenPeriodAsync(new ReopenPeriodRequest { Period = december, Reason = "Sen faktura fra Sykehuspartner", ReopenedBy = "Regnskapssjef" });
        await stack.ReportInStateAsync(december, StatusReportState.Draft);
        await PushLedgerAsync(Ledger(december, revenue: 90_000_000m, costs: 89_250_000m));
        await stack.Governance.Client.SetStatusReportAssessmentAsync(new SetStatusReportAssessmentRequest
        {
            Period = december, Section = "1", Text = "Etter sen faktura: resultatet er svakere.", WrittenBy = "Økonomisjef",
        });

        var after = await stack.ReportAsync(december);
        Assert.Equal(StatusReportState.Draft, after.Current.State);
        Assert.Equal(750m, Thousands(Figure(after.Current, "finance.operating_result.period")));
        Assert.Equal(approved, after.Approved);
        Assert.Equal(1_500m, Thousands(Figure(after.Approved, "finance.operating_result.period")));
        Assert.Equal("Resultatet for desember er godt; årsoppgjøret gjenstår.", after.Approved.Sections[0].Assessment);
        Assert.Equal("Etter sen faktura: resultatet er svakere.", after.Current.Sections[0].Assessment);
        Assert.NotEqual(after.Approved.Sources[0].AnswerVersion, after.Current.Sources[0].AnswerVersion);
        Assert.Equal(after.Approved.Sources[1].AnswerVersion, after.Current.Sources[1].AnswerVersion);
        var difference = Assert.Single(after.Differences, d => d.Key == "finance.operating_result.period");
        Assert.Equal((1_500_000m, 750_000m), (difference.ApprovedValue.ToDecimal(), difference.CurrentValue.ToDecimal()));
        Assert.DoesNotContain(after.Differences, d => d.Key.StartsWith("hrmetrics.", StringComparison.Ordinal));

        // The portal shows the draft with what changed, and the approved version as it was approved.
        using var http = await stack.PortalHttpAsync();
        // Blazor writes æ, ø, å as character references; read the text as a browser does.
        var draftPage = WebUtility.HtmlDecode(await http.GetStringAsync("statusrapport/2020-12"));
        Assert.Contains("Endringer etter godkjent versjon 1", draftPage);
        Assert.Matches("""<tr data-key="finance.operating_result.period"><th scope="row">[^<]+</th>\s*<td class="num">1 500</td>\s*<td class="num">750</td>""", draftPage);
        var approvedPage = WebUtility.HtmlDecode(await http.GetStringAsync("statusrapport/2020-12/html?versjon=godkjent"));
        Assert.Contains("Godkjent versjon 1", approvedPage);
        Assert.DoesNotContain("class=\"draft-mark\"", approvedPage);
        Assert.Contains("class=\"draft-mark\"", draftPage);
        Assert.Contains("Resultatet for desember er godt; årsoppgjøret gjenstår.", approvedPage);

        // A draft cannot be approved; the refusal names the source that has the month open.
        var refusal = await Assert.ThrowsAsync<RpcException>(async () =>
            await stack.Governance.Client.ApproveStatusReportAsync(new ApproveStatusReportRequest { Period = december, ApprovedBy = "Styret" }));
        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
        Assert.Equal(["sources/finance"], refusal.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations.Select(v => v.Subject));
    }

    [Fact]
    public async Task A_source_that_does_not_answer_leaves_its_own_section_unavailable_and_the_report_a_draft()
    {
        // Finance at a loopback port where nothing listens; HR metrics, the service desk and projects as in the stack.
        var nowhere = new Uri($"http://127.0.0.1:{new Uri(UnreachableBroker.Address).Port}");
        using var governance = new ServiceHost<GovernanceGrpcService, GovernanceDbContext, StatusReportService.StatusReportServiceClient>(
            new Dictionary<string, string> { ["governancedb"] = await PlatformServers.Shared.CreateDatabaseAsync("governance"), ["messaging"] = UnreachableBroker.Address },
            channel => new(channel), services =>
            {
                services.AddGrpcClient<FinanceService.FinanceServiceClient>(options => options.Address = nowhere);
                ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<HrMetricsService.HrMetricsServiceClient>(stack.HrMetrics.CreateHandler)(services);
                ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<ServiceDeskService.ServiceDeskServiceClient>(stack.ServiceDesk.CreateHandler)(services);
                ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<ProjectsService.ProjectsServiceClient>(stack.Projects.CreateHandler)(services);
                services.Configure<StatusReportOptions>(options => options.SourceCallTimeout = TimeSpan.FromSeconds(3));
            });

        var report = (await governance.Client.GetStatusReportAsync(new GetStatusReportRequest { Period = Period.Of(2021, 10) })).Current;

        Assert.Equal(StatusReportState.Draft, report.State);
        Assert.False(report.Sections[0].Available);
        Assert.StartsWith("Ikke tilgjengelig: finance svarte ikke", report.Sections[0].UnavailableReason);
        Assert.Empty(report.Sections[0].Figures);
        Assert.Equal(("finance", ""), (report.Sources[0].Source, report.Sources[0].AnswerVersion));
        Assert.StartsWith("svarte ikke", report.Sources[0].Problem);
        Assert.Equal(5.4m, Math.Round(Figure(report, "hrmetrics.sick_leave.year_to_date").Value.ToDecimal(), 1));
        Assert.True(report.Sections[2].Available);
    }

    [Theory]
    [InlineData("7", "Tekst", "Administrerende direktør", "section")]
    [InlineData("2", "Tekst", " ", "written_by")]
    public async Task A_bad_assessment_is_refused_naming_its_field(string section, string text, string writtenBy, string field)
    {
        var refusal = await Assert.ThrowsAsync<RpcException>(async () => await stack.Governance.Client.SetStatusReportAssessmentAsync(
            new SetStatusReportAssessmentRequest { Period = Period.Of(2021, 10), Section = section, Text = text, WrittenBy = writtenBy }));

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        Assert.Equal([field], refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field));
    }

    /// <summary>One month's revenue and costs, actual and budget alike, so the result is revenue − costs against a budget of 0.</summary>
    private static IEnumerable<LedgerLine> Ledger(Period period, decimal revenue, decimal costs) =>
    [
        new() { Period = period, Line = "other_operating_revenue", Scenario = Scenario.Actual, Amount = Money.FromDecimal(revenue) },
        new() { Period = period, Line = "other_operating_costs", Scenario = Scenario.Actual, Amount = Money.FromDecimal(costs) },
        new() { Period = period, Line = "other_operating_revenue", Scenario = Scenario.Budget, Amount = Money.FromDecimal(revenue) },
        new() { Period = period, Line = "other_operating_costs", Scenario = Scenario.Budget, Amount = Money.FromDecimal(revenue) },
    ];

    private Task<ImportSummary> PushLedgerAsync(IEnumerable<LedgerLine> lines) => ReportStack.PushAsync(stack.Finance.Client.ImportLedgerLines(), lines);
}
