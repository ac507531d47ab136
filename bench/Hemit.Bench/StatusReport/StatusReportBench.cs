using System.Diagnostics;
using Hemit.Bench.Ingest;
using Hemit.BuildingBlocks.Reporting;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hemit.Cli.Finance;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;
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
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.Projects.Data;
using Hemit.Projects.Grpc;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Grpc;
using Hemit.ServiceDesk.Reporting;
using Hemit.ServiceDesk.Sla;
using Microsoft.Extensions.DependencyInjection;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;


namespace Hemit.Bench.StatusReport;

/// <summary>
/// Issue 16, benchmark 4 (issue 13's goal): governance compiles December 2021's status report with 12 months of ledger,
/// HR's test files, 20 000 tickets created in the month (<see cref="TicketData"/>), 200 projects (chains of dependencies, some on
/// Helseplattformen PD1) and 1 200 work orders, on real PostgreSQL, the services in-process and governance asking them
/// over gRPC. The median compilation against the goal of 1 s, beside the median of the slowest single source query.
/// Events stay in the outbox: no broker is needed for timing.
/// </summary>
public static class StatusReportBench
{
    /// <summary>The figures, and the last compiled report with the median compile time, for <see cref="BoardPaperBench"/>.</summary>
    public sealed record Run(IReadOnlyList<BenchResult> Results, GetStatusReportResponse Compiled, double CompileMs);

    public static async Task<Run> RunAsync(PlatformServers servers, bool smoke)
    {
        var (tickets, projectCount, workOrderCount) = smoke ? (500, 20, 100) : (20_000, 200, 1_200);
        var runs = smoke ? 1 : 10;
        var period = Period.Of(2021, 12);
        async Task<Dictionary<string, string>> Connections(string name, string prefix) =>
            new() { [name] = await servers.CreateDatabaseAsync(prefix), ["messaging"] = UnreachableBroker.Address };

        using var finance = new ServiceUnderTest<FinanceGrpcService, FinanceDbContext>(await Connections("financedb", "bench_sr_finance"));
        using var hr = new ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext>(await Connections("hrdb", "bench_sr_hrmetrics"));
        using var desk = new ServiceUnderTest<ServiceDeskGrpcService, ServiceDeskDbContext>(await Connections("servicedeskdb", "bench_sr_servicedesk"));
        using var projects = new ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext>(await Connections("projectsdb", "bench_sr_projects"));
        using var governance = new ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>(await Connections("governancedb", "bench_sr_governance"), services =>
        {
            ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<FinanceService.FinanceServiceClient>(finance.CreateHandler)(services);
            ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<HrMetricsService.HrMetricsServiceClient>(hr.CreateHandler)(services);
            ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<ServiceDeskService.ServiceDeskServiceClient>(desk.CreateHandler)(services);
            ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>.UseInProcess<ProjectsService.ProjectsServiceClient>(projects.CreateHandler)(services);
        });
        var financeClient = new FinanceService.FinanceServiceClient(finance.Channel);
        var hrClient = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        var deskClient = new ServiceDeskService.ServiceDeskServiceClient(desk.Channel);
        var projectsClient = new ProjectsService.ProjectsServiceClient(projects.Channel);
        var reports = new StatusReportService.StatusReportServiceClient(governance.Channel);

        await BenchData.PushAsync(financeClient.ImportLedgerLines(), BenchData.Ledger2021());
        await BenchData.PushAsync(hrClient.ImportSickLeave(), BenchData.Read("sick-leave-2020-2021.csv", HrImportFiles.SickLeave, HrImportFiles.ToSickLeave));
        await BenchData.PushAsync(hrClient.ImportStaffing(), BenchData.Read("staffing-2021.csv", HrImportFiles.Staffing, HrImportFiles.ToStaffing));
        await BenchData.PushAsync(deskClient.ImportTicketEvents(), TicketData.Events(tickets, TicketIngestBench.Seed, firstMonth: 12, months: 1));
        await BenchData.PushAsync(projectsClient.ImportMilestones(), [new Milestone { MilestoneId = "HP-PD1", Name = "Helseplattformen PD1", Owner = "Helseplattformen AS", DueDate = "2021-11-13" }]);
        await BenchData.PushAsync(projectsClient.ImportMilestones(), [new Milestone { MilestoneId = "HP-PD1", Name = "Helseplattformen PD1", Owner = "Helseplattformen AS", DueDate = "2022-04-30" }]);
        await BenchData.PushAsync(projectsClient.ImportProjects(), Projects(period, projectCount));
        await BenchData.PushAsync(projectsClient.ImportWorkOrders(), WorkOrders(workOrderCount));

        // The sources keep a report until their rows change (BuildingBlocks' ReportCache). The goal is a compilation
        // after new data, so before each timed one every source's report inputs version is bumped, as any write would.
        async Task NewDataAsync()
        {
            const string bump = $"SELECT nextval('{ReportInputsTracking.Sequence}')";
            await finance.QueryAsync(db => db.Database.ExecuteSqlRawAsync(bump));
            await hr.QueryAsync(db => db.Database.ExecuteSqlRawAsync(bump));
            await desk.QueryAsync(db => db.Database.ExecuteSqlRawAsync(bump));
        }

        // Warm up (connections, JIT, PostgreSQL's caches), then time whole compilations over gRPC.
        var load = Measure.LoadAverage();
        await reports.GetStatusReportAsync(new GetStatusReportRequest { Period = period });
        var compilations = new List<double>();
        var cpu = new List<double>();
        var kept = new List<double>();
        GetStatusReportResponse? compiled = null;
        using var process = Process.GetCurrentProcess();
        for (var run = 0; run < runs; run++)
        {
            var watchKept = Stopwatch.StartNew();
            await reports.GetStatusReportAsync(new GetStatusReportRequest { Period = period });
            kept.Add(watchKept.Elapsed.TotalMilliseconds);
            await NewDataAsync();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var response = await reports.GetStatusReportAsync(new GetStatusReportRequest { Period = period });
            compilations.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            compiled = response;
            if (response.Current.Sections.Any(s => !s.Available))
            {
                throw new InvalidOperationException("A source did not answer: " + string.Join("; ", response.Current.Sections.Select(s => s.UnavailableReason)));
            }
        }

        // Each query the report makes, alone, directly against its service.
        var queries = new (string Name, Func<Task> Call)[]
        {
            ("finance GetIncomeStatement", async () => await financeClient.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = period })),
            ("finance GetInvestmentPortfolio", async () => await financeClient.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = 2021 })),
            ("finance GetCostMeasures", async () => await financeClient.GetCostMeasuresAsync(new GetCostMeasuresRequest { Year = 2021 })),
            ("hrmetrics GetSickLeave", async () => await hrClient.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 })),
            ("hrmetrics GetWorkingTimeViolations", async () => await hrClient.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest { Year = 2021 })),
            ("hrmetrics GetStaffing", async () => await hrClient.GetStaffingAsync(new GetStaffingRequest { Year = 2021 })),
            ("hrmetrics GetTurnover", async () => await hrClient.GetTurnoverAsync(new GetTurnoverRequest { Year = 2021 })),
            ("servicedesk GetMonthReport", async () => await deskClient.GetMonthReportAsync(new GetMonthReportRequest { Period = period })),
            ("servicedesk GetAvailability", async () => await deskClient.GetAvailabilityAsync(new GetAvailabilityRequest { Period = period })),
            ("servicedesk GetReleases", async () => await deskClient.GetReleasesAsync(new GetReleasesRequest { Year = 2021, Through = period })),
            ("projects GetPortfolio", async () => await projectsClient.GetPortfolioAsync(new GetPortfolioRequest { Period = period })),
            ("projects GetWorkOrderReport", async () => await projectsClient.GetWorkOrderReportAsync(new GetWorkOrderReportRequest { Period = period })),
        };
        var slowest = new List<(string Name, double Milliseconds)>();
        foreach (var (name, call) in queries)
        {
            await call();
            var times = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                await NewDataAsync();
                var watch = Stopwatch.StartNew();
                await call();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            slowest.Add((name, Measure.Median(times)));
        }

        var (slowestName, slowestTime) = slowest.MaxBy(q => q.Milliseconds);
        var (read, compute, events) = await MonthReportPartsAsync(desk, period, runs);
        var compile = Measure.Median(compilations);
        return new Run(
        [
            new("status report", "compile 2021-12", compile, "ms", slowestName, compile / slowestTime, "< 1000 ms", smoke ? null : compile < 1000,
                $"{tickets} tickets, 12 months of ledger, {projectCount} projects; each after new data in every source; median of {runs} (max {compilations.Max():0}); load {load:0.0}"),
            new("status report", "compile, sources' reports kept", Measure.Median(kept), "ms", "", null, "", null,
                "the same month compiled again with no new data: the sources give their kept reports (ReportCache)"),
            new("status report", "compile: CPU time", Measure.Median(cpu), "ms", "", null, "", null,
                "CPU the five services spent per compilation (all in this process, both cores counted; PostgreSQL's own not included): what the wall time comes to on an idle machine"),
            new("status report", "slowest source query", slowestTime, "ms", "", null, "", null, slowestName),
            new("status report", "month report: read", read, "ms", "", null, "", null, $"{events} events read in the service (no gRPC)"),
            new("status report", "month report: compute", compute, "ms CPU", "", null, "", null, "replay and SLA clock of those events (CPU time)"),
        ], compiled!, compile);
    }

    /// <summary>The service desk's month report in its two parts, inside the service: reading its input, and computing from it (medians, ms).</summary>
    private static async Task<(double Read, double Compute, int Events)> MonthReportPartsAsync(
        ServiceUnderTest<ServiceDeskGrpcService, ServiceDeskDbContext> desk, Period period, int runs)
    {
        var month = new OsloMonth(period.Year, period.Month);
        var policies = desk.Services.GetRequiredService<SlaPolicies>();
        var (reads, computes) = (new List<double>(), new List<double>());
        using var process = Process.GetCurrentProcess();
        var events = 0;
        for (var run = 0; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var input = await desk.QueryAsync(db => new MonthReportQuery(db, policies).ReadAsync(month, CancellationToken.None));
            var read = watch.Elapsed.TotalMilliseconds;
            // Computing is synchronous on this thread: its CPU time, which the machine's load does not stretch.
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            MonthFigures.Compute(month, input.Events, policies, input.Calls);
            process.Refresh();
            if (run > 0)
            {
                (reads, computes, events) = ([.. reads, read], [.. computes, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds], input.Events.Count);
            }
        }

        return (Measure.Median(reads), Measure.Median(computes), events);
    }

    // Every fifth project hangs on the one before it (chains of five), every twentieth on PD1 or an interregional project.
    private static IEnumerable<Project> Projects(Period period, int count)
    {
        var random = new Random(2021);
        for (var i = 0; i < count; i++)
        {
            var budget = 1_000_000m * random.Next(2, 60);
            var portfolio = i % 20 == 0 ? ProjectPortfolio.Interregional : (ProjectPortfolio)(1 + random.Next(0, 5));
            var project = new Project
            {
                Period = period, ProjectId = $"P-BENCH-{i:D3}", Name = $"Prosjekt {i:D3}", Portfolio = portfolio, Customer = "Helse Midt-Norge RHF",
                Phase = (ProjectPhase)(1 + random.Next(0, 5)), StartDate = "2020-01-01", PlannedEnd = "2023-12-31",
                BudgetTotal = Money.FromDecimal(budget), SpentToDate = Money.FromDecimal(budget * random.Next(0, 100) / 100m),
                Forecast = Money.FromDecimal(budget * random.Next(90, 115) / 100m),
                ScheduleStatus = (StatusColour)(1 + random.Next(0, 3)), CostStatus = (StatusColour)(1 + random.Next(0, 3)), ScopeStatus = StatusColour.Green,
                StatusComment = "Benkmerking", ManagerRole = "Prosjektleder",
            };
            if (i % 5 != 0)
            {
                project.DependsOn.Add($"P-BENCH-{i - 1:D3}");
            }
            else if (i % 20 == 5)
            {
                project.DependsOn.Add("HP-PD1");
            }

            yield return project;
        }
    }

    // Received through 2021, due a month later, four in five delivered, some late.
    private static IEnumerable<WorkOrder> WorkOrders(int count)
    {
        var random = new Random(2021);
        for (var i = 0; i < count; i++)
        {
            var received = new DateOnly(2021, 1, 4).AddDays(random.Next(0, 350));
            var delivered = received.AddDays(random.Next(5, 45));
            yield return new WorkOrder
            {
                OrderId = $"OPP-BENCH-{i:D5}", Category = (WorkOrderCategory)(1 + random.Next(0, 6)), Customer = "St. Olavs hospital",
                ReceivedDate = $"{received:yyyy-MM-dd}", DueDate = $"{received.AddDays(30):yyyy-MM-dd}",
                DeliveredDate = random.Next(100) < 80 && delivered <= new DateOnly(2021, 12, 31) ? $"{delivered:yyyy-MM-dd}" : "",
            };
        }
    }
}
