using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>The real servicedesk service in-process (its own Program) on a fresh database, with a gRPC client to it.</summary>
public sealed class ServiceDeskHost : ServiceUnderTest<ServiceDeskGrpcService, ServiceDeskDbContext>
{
    private ServiceDeskHost(string database, string messaging)
        : base(new Dictionary<string, string> { ["servicedeskdb"] = database, ["messaging"] = messaging })
    {
        Client = new ServiceDeskService.ServiceDeskServiceClient(Channel);
    }

    public ServiceDeskService.ServiceDeskServiceClient Client { get; }

    /// <summary>A fresh database; without <paramref name="withBroker"/> events stay in the outbox (no broker answers), where the tests read them.</summary>
    public static async Task<ServiceDeskHost> StartAsync(PlatformServers servers, bool withBroker = false) =>
        new(await servers.CreateDatabaseAsync("servicedesk"), withBroker ? await servers.GetMessagingConnectionStringAsync() : UnreachableBroker.Address);

    public Task<ImportSummary> PushAsync(IEnumerable<TicketEvent> events) => PushAsync(Client.ImportTicketEvents(), events);
}
