using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.HostileInput.Tests.Support;
using BenefitEntry = Hemit.Projects.Benefits.BenefitEntry;
using Hemit.Projects.Data;
using MilestoneEntry = Hemit.Projects.Dependencies.MilestoneEntry;
using Hemit.Projects.Grpc;
using ProjectEntry = Hemit.Projects.Portfolio.ProjectEntry;
using WorkOrderEntry = Hemit.Projects.WorkOrders.WorkOrderEntry;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HostileInput.Tests.Grpc;

/// <summary>The projects service's four imports: monthly project status, milestones, work orders, benefits.</summary>
public static class ProjectsCases
{
    private static Money Nok(decimal amount) => Money.FromDecimal(amount);

    private static Project Project(int seed, string suffix, string name) => new()
    {
        Period = Period.Of(2000 + seed, 10),
        ProjectId = $"P-{seed}-{suffix}",
        Name = name,
        Portfolio = ProjectPortfolio.RegionalEhealth,
        Customer = "Helse Møre og Romsdal",
        Phase = ProjectPhase.Execution,
        StartDate = $"{2000 + seed}-01-01",
        PlannedEnd = $"{2001 + seed}-12-31",
        BudgetTotal = Nok(10_000_000m),
        BudgetByYear = { new YearBudget { Year = 2000 + seed, Budget = Nok(4_000_000m) }, new YearBudget { Year = 2001 + seed, Budget = Nok(6_000_000m) } },
        SpentToDate = Nok(1_000_000.5m),
        Forecast = Nok(10_000_000m),
        ScheduleStatus = StatusColour.Green,
        CostStatus = StatusColour.Yellow,
        ScopeStatus = StatusColour.Green,
        StatusComment = "Går etter planen; må følge opp leveranse på Øya",
        ManagerRole = "Prosjektleder infrastruktur",
    };

    public static readonly Ingest<Project> Projects = new()
    {
        EntryPoint = "projects.ImportProjects",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ProjectsClient.ImportProjects(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<Project>.Count<ProjectsGrpcService, ProjectsDbContext, ProjectEntry>(h => h.Projects),
        Valid = seed =>
        [
            Project(seed, "A", "Sårbarhetsstyring"),
            Depending(Project(seed, "B", "Ny kjernejournal på Ørland"), $"P-{seed}-A"),
            Project(seed, "C", "Trådløst nett på Østmarka"),
        ],
    };

    private static Project Depending(Project project, string target)
    {
        project.DependsOn.Add(target);
        return project;
    }

    public static readonly Ingest<Milestone> Milestones = new()
    {
        EntryPoint = "projects.ImportMilestones",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ProjectsClient.ImportMilestones(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<Milestone>.Count<ProjectsGrpcService, ProjectsDbContext, MilestoneEntry>(h => h.Projects),
        Valid = seed =>
        [
            new() { MilestoneId = $"HP-{seed}-1", Name = "Helseplattformen PD1 på Øya", Owner = "Helseplattformen AS", DueDate = $"{2000 + seed}-03-01" },
            new() { MilestoneId = $"HP-{seed}-2", Name = "Opplæring av førstelinje", Owner = "Helse Nord-Trøndelag", DueDate = $"{2000 + seed}-04-15", CompletedDate = $"{2000 + seed}-04-14" },
            new() { MilestoneId = $"HP-{seed}-3", Name = "Går i drift", Owner = "Helseplattformen AS", DueDate = $"{2000 + seed}-09-30" },
        ],
    };

    public static readonly Ingest<WorkOrder> WorkOrders = new()
    {
        EntryPoint = "projects.ImportWorkOrders",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ProjectsClient.ImportWorkOrders(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<WorkOrder>.Count<ProjectsGrpcService, ProjectsDbContext, WorkOrderEntry>(h => h.Projects),
        Valid = seed =>
        [
            new() { OrderId = $"OPP-{seed}-1", Category = WorkOrderCategory.NewSolution, Customer = "St. Olavs hospital", ReceivedDate = $"{2000 + seed}-02-01", DueDate = $"{2000 + seed}-03-01", DeliveredDate = $"{2000 + seed}-02-20" },
            new() { OrderId = $"OPP-{seed}-2", Category = WorkOrderCategory.Network, Customer = "Helse Møre og Romsdal", ReceivedDate = $"{2000 + seed}-02-03", DueDate = $"{2000 + seed}-02-28", DeliveredDate = $"{2000 + seed}-02-27" },
            new() { OrderId = $"OPP-{seed}-3", Category = WorkOrderCategory.Advisory, Customer = "Sykehusapotekene på Øya", ReceivedDate = $"{2000 + seed}-02-05", DueDate = $"{2000 + seed}-04-01", DeliveredDate = $"{2000 + seed}-03-01" },
        ],
    };

    public static readonly Ingest<Benefit> Benefits = new()
    {
        EntryPoint = "projects.ImportBenefits",
        PushAsync = (h, rows) => Streams.AcceptedAsync(h.ProjectsClient.ImportBenefits(deadline: Streams.Deadline), rows),
        CountAsync = Ingest<Benefit>.Count<ProjectsGrpcService, ProjectsDbContext, BenefitEntry>(h => h.Projects),
        Valid = seed =>
        [
            new() { BenefitId = $"GEV-{seed}-1", Measure = "Automatisert fakturamatch", Description = "Lavere lisenskostnader på Øya", Unit = BenefitUnit.NokPerYear, Year = 2000 + seed, Expected = Decimal.FromDecimal(100_000m), Realised = Decimal.FromDecimal(5_000.5m) },
            new() { BenefitId = $"GEV-{seed}-2", Measure = "Selvbetjent passordbytte", Description = "Færre henvendelser til brukerstøtte", Unit = BenefitUnit.HoursPerYear, Year = 2000 + seed, Expected = Decimal.FromDecimal(1_200m) },
            new() { BenefitId = $"GEV-{seed}-3", Measure = "Felles innkjøp", Description = "Bedre priser på utstyr", Unit = BenefitUnit.NokPerYear, Year = 2000 + seed, Expected = Decimal.FromDecimal(0m) },
        ],
    };

    public static IEnumerable<IIngestCase> All =>
    [
        Projects.Refuses("zero-record stream", rows => rows.Clear(), "projects"),
        Projects.Refuses("missing project id", Ingest<Project>.At(2, r => r.ProjectId = ""), "projects[2].project_id"),
        Projects.Refuses("project id with a space", Ingest<Project>.At(0, r => r.ProjectId = "P SNR"), "projects[0].project_id"),
        Projects.Refuses("project id with NUL", Ingest<Project>.At(2, r => r.ProjectId = "P-\0-C"), "projects[2].project_id"),
        Projects.Refuses("name that is an e-mail address", Ingest<Project>.At(1, r => r.Name = BadText.EmailAddress), "projects[1].name"),
        Projects.Refuses("unknown portfolio enum", Ingest<Project>.At(2, r => r.Portfolio = (ProjectPortfolio)66), "projects[2].portfolio"),
        Projects.Refuses("missing phase", Ingest<Project>.At(1, r => r.Phase = ProjectPhase.Unspecified), "projects[1].phase"),
        Projects.Refuses("planned end before start", Ingest<Project>.At(0, r => r.PlannedEnd = "1999-01-01"), "projects[0].planned_end"),
        Projects.Refuses("start in month 13", Ingest<Project>.At(2, r => r.StartDate = "2021-13-01"), "projects[2].start_date"),
        Projects.Refuses("negative spend", Ingest<Project>.At(1, r => r.SpentToDate = Nok(-1m)), "projects[1].spent_to_date"),
        Projects.Refuses("budget with three decimals", Ingest<Project>.At(0, r => r.BudgetTotal = new Money { Units = 10_000_000, Nanos = 1_000_000 }), "projects[0].budget_total"),
        Projects.Refuses("years not adding up to the total", Ingest<Project>.At(0, r => r.BudgetByYear[1].Budget = Nok(5_000_000m)), "projects[0].budget_by_year"),
        Projects.Refuses("a budget year given twice", Ingest<Project>.At(0, r => r.BudgetByYear[1].Year = r.BudgetByYear[0].Year), "projects[0].budget_by_year[1].year"),
        Projects.Refuses("status comment with NUL", Ingest<Project>.At(2, r => r.StatusComment = BadText.Nul), "projects[2].status_comment"),
        Projects.Refuses("status comment with a national identity number", Ingest<Project>.At(2, r => r.StatusComment = "Ring " + BadText.NationalIdentityNumber), "projects[2].status_comment"),
        Projects.Refuses("over-long status comment", Ingest<Project>.At(2, r => r.StatusComment = BadText.TooLong), "projects[2].status_comment"),
        Projects.Refuses("manager named by e-mail", Ingest<Project>.At(1, r => r.ManagerRole = BadText.EmailAddress), "projects[1].manager_role"),
        Projects.Refuses("a project depending on itself", Ingest<Project>.At(1, r => r.DependsOn[0] = r.ProjectId), "projects[1].depends_on[0]"),
        Projects.Refuses("dependency on an unknown project", Ingest<Project>.At(1, r => r.DependsOn[0] = "P-UKJENT"), "projects[1].depends_on[0]"),
        Projects.Refuses("dependency cycle", rows => rows[0].DependsOn.Add(rows[1].ProjectId), "projects[0].depends_on"),
        Projects.Refuses("the same project twice in a month", rows => rows[2].ProjectId = rows[0].ProjectId, "projects[2].project_id"),
        Projects.Refuses("closed month", rows => rows.ForEach(r => r.Period = IngestHosts.ClosedMonth), "projects[0].period", StatusCode.FailedPrecondition),

        Milestones.Refuses("zero-record stream", rows => rows.Clear(), "milestones"),
        Milestones.Refuses("missing milestone id", Ingest<Milestone>.At(1, r => r.MilestoneId = " "), "milestones[1].milestone_id"),
        Milestones.Refuses("milestone id with NUL", Ingest<Milestone>.At(0, r => r.MilestoneId = "HP\0PD1"), "milestones[0].milestone_id"),
        Milestones.Refuses("name with a national identity number", Ingest<Milestone>.At(1, r => r.Name = BadText.NationalIdentityNumber), "milestones[1].name"),
        Milestones.Refuses("external milestone without owner", Ingest<Milestone>.At(2, r => r.Owner = ""), "milestones[2].owner"),
        Milestones.Refuses("project milestone with an owner", Ingest<Milestone>.At(0, r => r.ProjectId = "P-SNR-IKT"), "milestones[0].owner"),
        Milestones.Refuses("milestone of an unknown project", Ingest<Milestone>.At(1, r => { r.ProjectId = "P-UKJENT"; r.Owner = ""; }), "milestones[1].project_id"),
        Milestones.Refuses("due date written the Norwegian way", Ingest<Milestone>.At(2, r => r.DueDate = "01.03.2021"), "milestones[2].due_date"),
        Milestones.Refuses("completed on 29 February of a common year", Ingest<Milestone>.At(0, r => r.CompletedDate = "2021-02-29"), "milestones[0].completed_date"),
        Milestones.Refuses("the same milestone twice", rows => rows[2].MilestoneId = rows[0].MilestoneId, "milestones[2].milestone_id"),

        WorkOrders.Refuses("zero-record stream", rows => rows.Clear(), "work_orders"),
        WorkOrders.Refuses("missing order id", Ingest<WorkOrder>.At(1, r => r.OrderId = ""), "work_orders[1].order_id"),
        WorkOrders.Refuses("unknown category enum", Ingest<WorkOrder>.At(1, r => r.Category = (WorkOrderCategory)31), "work_orders[1].category"),
        WorkOrders.Refuses("customer that is an e-mail address", Ingest<WorkOrder>.At(2, r => r.Customer = BadText.EmailAddress), "work_orders[2].customer"),
        WorkOrders.Refuses("due before received", Ingest<WorkOrder>.At(0, r => r.DueDate = "1999-01-01"), "work_orders[0].due_date"),
        WorkOrders.Refuses("delivered before received", Ingest<WorkOrder>.At(0, r => r.DeliveredDate = "1999-01-01"), "work_orders[0].delivered_date"),
        WorkOrders.Refuses("received date without leading zeros", Ingest<WorkOrder>.At(1, r => r.ReceivedDate = "2021-1-5"), "work_orders[1].received_date"),
        WorkOrders.Refuses("the same order twice", rows => rows[2].OrderId = rows[0].OrderId, "work_orders[2].order_id"),
        WorkOrders.Refuses("closed month", Ingest<WorkOrder>.At(1, r => { r.ReceivedDate = "1999-12-01"; r.DueDate = "1999-12-20"; r.DeliveredDate = "1999-12-10"; }),
            "work_orders[1].received_date", StatusCode.FailedPrecondition),

        Benefits.Refuses("zero-record stream", rows => rows.Clear(), "benefits"),
        Benefits.Refuses("missing benefit id", Ingest<Benefit>.At(1, r => r.BenefitId = ""), "benefits[1].benefit_id"),
        Benefits.Refuses("both project and measure", Ingest<Benefit>.At(0, r => r.ProjectId = "P-SNR-IKT"), "benefits[0].project_id"),
        Benefits.Refuses("neither project nor measure", Ingest<Benefit>.At(1, r => r.Measure = ""), "benefits[1].project_id"),
        Benefits.Refuses("benefit of an unknown project", Ingest<Benefit>.At(2, r => { r.ProjectId = "P-UKJENT"; r.Measure = ""; }), "benefits[2].project_id"),
        Benefits.Refuses("description with a national identity number", Ingest<Benefit>.At(1, r => r.Description = BadText.NationalIdentityNumber), "benefits[1].description"),
        Benefits.Refuses("description with NUL", Ingest<Benefit>.At(0, r => r.Description = BadText.Nul), "benefits[0].description"),
        Benefits.Refuses("unknown unit enum", Ingest<Benefit>.At(2, r => r.Unit = (BenefitUnit)5), "benefits[2].unit"),
        Benefits.Refuses("missing year", Ingest<Benefit>.At(1, r => r.Year = 0), "benefits[1].year"),
        Benefits.Refuses("negative expected", Ingest<Benefit>.At(0, r => r.Expected = Decimal.FromDecimal(-5m)), "benefits[0].expected"),
        Benefits.Refuses("realised with three decimals", Ingest<Benefit>.At(2, r => r.Realised = Decimal.FromDecimal(0.125m)), "benefits[2].realised"),
        Benefits.Refuses("the same benefit twice", rows => rows[2].BenefitId = rows[0].BenefitId, "benefits[2].benefit_id"),
    ];
}
