using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>The real hrmetrics service in-process (its own Program) on a fresh database, with a gRPC client to it.</summary>
public sealed class HrMetricsHost : ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext>
{
    private HrMetricsHost(string database, string messaging)
        : base(new Dictionary<string, string> { ["hrdb"] = database, ["messaging"] = messaging })
    {
        Client = new HrMetricsService.HrMetricsServiceClient(Channel);
    }

    public HrMetricsService.HrMetricsServiceClient Client { get; }

    /// <param name="servers">Where the fresh database is created (and the broker started, with <paramref name="withBroker"/>).</param>
    /// <param name="withBroker">
    /// Connect to the real RabbitMQ so the outbox relay publishes; otherwise the service is pointed at an address
    /// where nothing listens and its events stay in the outbox, where the tests read them.
    /// </param>
    public static async Task<HrMetricsHost> StartAsync(PlatformServers servers, bool withBroker = false) => new(
        await servers.CreateDatabaseAsync("hrmetrics"),
        withBroker ? await servers.GetMessagingConnectionStringAsync() : UnreachableBroker.Address);
}
