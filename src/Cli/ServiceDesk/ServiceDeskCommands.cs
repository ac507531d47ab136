using System.CommandLine;
using Hemit.Cli.Closing;
using Hemit.Cli.Connection;
using Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.Cli.ServiceDesk;

/// <summary><c>hemit servicedesk …</c>: tjenesteproduksjon (tickets, SLA, availability); for now closing a month.</summary>
public static class ServiceDeskCommands
{
    internal static readonly ServiceConnection<ServiceDeskService.ServiceDeskServiceClient> Service = new("servicedesk", channel => new(channel));

    public static Command Create() => new("servicedesk", "Tjenesteproduksjon: service desk, SLA and availability")
    {
        ClosePeriodCommand.Create(Service, (client, request, ct) => client.ClosePeriodAsync(request, cancellationToken: ct)),
        ReopenPeriodCommand.Create(Service, (client, request, ct) => client.ReopenPeriodAsync(request, cancellationToken: ct)),
    };
}
