using System.CommandLine;
using Hemit.Cli.Closing;
using Hemit.Cli.Connection;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Cli.Projects;

/// <summary><c>hemit projects …</c>: prosjekter og oppdrag (portfolio, milestones, snapshots, work orders, benefits), and closing a month.</summary>
public static class ProjectsCommands
{
    internal static readonly ServiceConnection<ProjectsService.ProjectsServiceClient> Service = new("projects", channel => new(channel));

    public static Command Create()
    {
        var import = new Command("import", "Push what the portfolio tool and the order system record")
        {
            ImportCommand.Create(Service, "projects",
                $"Each project's status for a reporting month (lists in a cell separated by |, e.g. depends_on P-SDDC|HP-PD1, budget_by_year 2021=4000000|2022=6000000); CSV header {ProjectsImportFiles.Projects.Describe()}",
                ProjectsImportFiles.Projects, ProjectsImportFiles.ToProject, (client, ct) => client.ImportProjects(cancellationToken: ct)),
            ImportCommand.Create(Service, "milestones",
                $"Project milestones, and external ones (no project_id, an owner) such as Helseplattformen PD1; CSV header {ProjectsImportFiles.Milestones.Describe()}",
                ProjectsImportFiles.Milestones, ProjectsImportFiles.ToMilestone, (client, ct) => client.ImportMilestones(cancellationToken: ct)),
            ImportCommand.Create(Service, "work-orders",
                $"Work orders (oppdrag) from the health trusts' orderers; CSV header {ProjectsImportFiles.WorkOrders.Describe()}",
                ProjectsImportFiles.WorkOrders, ProjectsImportFiles.ToWorkOrder, (client, ct) => client.ImportWorkOrders(cancellationToken: ct)),
            ImportCommand.Create(Service, "benefits",
                $"Expected and realised benefits per project or measure and year; CSV header {ProjectsImportFiles.Benefits.Describe()}",
                ProjectsImportFiles.Benefits, ProjectsImportFiles.ToBenefit, (client, ct) => client.ImportBenefits(cancellationToken: ct)),
        };

        return new Command("projects", "Prosjekter og oppdrag: project portfolio, work orders and benefits")
        {
            import,
            PortfolioCommand.Create(),
            SnapshotCommands.Create(),
            WorkOrdersCommand.Create(),
            BenefitsCommand.Create(),
            ClosePeriodCommand.Create(Service, (client, request, ct) => client.ClosePeriodAsync(request, cancellationToken: ct)),
            ReopenPeriodCommand.Create(Service, (client, request, ct) => client.ReopenPeriodAsync(request, cancellationToken: ct)),
        };
    }

    /// <summary>A report command about one month: <c>--period</c> read strictly, one query, its tables in <c>--format</c>.</summary>
    public static Command MonthReport(string name, string description, string periodDescription,
        Func<ProjectsService.ProjectsServiceClient, Period, CancellationToken, Task<IReadOnlyList<ReportTable>>> fetch)
    {
        var period = PeriodOption.Create(periodDescription);
        var command = new Command(name, description) { period };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var month = PeriodOption.Read(parseResult, period);
            var tables = await Service.CallAsync(parseResult, client => fetch(client, month, cancellationToken));
            ReportWriter.ForConsole(parseResult).Write(tables, parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }
}
