using System.CommandLine;
using Hemit.Cli.Closing;
using Hemit.Cli.Connection;
using Hemit.Cli.Importing;
using Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.Cli.ServiceDesk;

/// <summary><c>hemit servicedesk …</c>: tjenesteproduksjon (tickets and SLA), and closing a month.</summary>
public static class ServiceDeskCommands
{
    internal static readonly ServiceConnection<ServiceDeskService.ServiceDeskServiceClient> Service = new("servicedesk", channel => new(channel));

    public static Command Create()
    {
        var import = new Command("import", "Push what the ITSM tool records")
        {
            ImportCommand.Create(Service, "ticket-events",
                $"Ticket lifecycle events (created, pending, resumed, resolved, reopened, priority_changed); CSV header {ServiceDeskImportFiles.TicketEvents.Describe()}",
                ServiceDeskImportFiles.TicketEvents, ServiceDeskImportFiles.ToTicketEvent, (client, ct) => client.ImportTicketEvents(cancellationToken: ct)),
            ImportCommand.Create(Service, "calls",
                $"Answered calls and their total wait per interval from the telephony system; CSV header {ServiceDeskImportFiles.Calls.Describe()}",
                ServiceDeskImportFiles.Calls, ServiceDeskImportFiles.ToCallInterval, (client, ct) => client.ImportCalls(cancellationToken: ct)),
            ImportCommand.Create(Service, "releases",
                $"Releases of existing applications with their original plan; CSV header {ServiceDeskImportFiles.Releases.Describe()}",
                ServiceDeskImportFiles.Releases, ServiceDeskImportFiles.ToRelease, (client, ct) => client.ImportReleases(cancellationToken: ct)),
            ImportCommand.Create(Service, "service-levels",
                $"Service levels (1 = 24/7 with on-call) and agreed weekly maintenance windows, one row per window; CSV header {ServiceDeskImportFiles.ServiceLevels.Describe()}",
                ServiceDeskImportFiles.ServiceLevels, ServiceDeskImportFiles.ToServiceLevel, (client, ct) => client.ImportServiceLevels(cancellationToken: ct)),
            ImportCommand.Create(Service, "downtime",
                $"Downtime of services, planned or not; CSV header {ServiceDeskImportFiles.Downtime.Describe()}",
                ServiceDeskImportFiles.Downtime, ServiceDeskImportFiles.ToDowntime, (client, ct) => client.ImportDowntime(cancellationToken: ct)),
        };

        return new Command("servicedesk", "Tjenesteproduksjon: service desk, SLA and availability")
        {
            import,
            MonthReportCommand.Create(),
            ReleasesCommand.Create(),
            AvailabilityCommand.Create(),
            ClosePeriodCommand.Create(Service, (client, request, ct) => client.ClosePeriodAsync(request, cancellationToken: ct)),
            ReopenPeriodCommand.Create(Service, (client, request, ct) => client.ReopenPeriodAsync(request, cancellationToken: ct)),
        };
    }
}
