using System.CommandLine;
using Hemit.Cli.Closing;
using Hemit.Cli.Connection;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Cli.Projects;

/// <summary><c>hemit projects …</c>: prosjekter og oppdrag (portfolio, work orders); for now closing a month.</summary>
public static class ProjectsCommands
{
    internal static readonly ServiceConnection<ProjectsService.ProjectsServiceClient> Service = new("projects", channel => new(channel));

    public static Command Create() => new("projects", "Prosjekter og oppdrag: project portfolio and work orders")
    {
        ClosePeriodCommand.Create(Service, (client, request, ct) => client.ClosePeriodAsync(request, cancellationToken: ct)),
        ReopenPeriodCommand.Create(Service, (client, request, ct) => client.ReopenPeriodAsync(request, cancellationToken: ct)),
    };
}
