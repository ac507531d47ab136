using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;

namespace Hemit.Governance.Tests.Integration;

/// <summary>
/// Real PostgreSQL and RabbitMQ, the real HR metrics service on the broker, and the real governance service asking it
/// over gRPC: started once for all of governance's integration tests. The tests share the governance database, so
/// each works in its own years, meetings and codes.
/// </summary>
public sealed class GovernanceStack : IAsyncLifetime
{
    private readonly PlatformServers _servers = new();

    public ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext> HrMetrics { get; private set; } = null!;

    public HrMetricsService.HrMetricsServiceClient HrClient { get; private set; } = null!;

    public GovernanceHost Governance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_servers).InitializeAsync();
        HrMetrics = new ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext>(new Dictionary<string, string>
        {
            ["hrdb"] = await _servers.CreateDatabaseAsync("hrmetrics"),
            ["messaging"] = await _servers.GetMessagingConnectionStringAsync(),
        });
        HrClient = new HrMetricsService.HrMetricsServiceClient(HrMetrics.Channel);
        Governance = await GovernanceHost.StartAsync(_servers, HrMetrics.CreateHandler);
    }

    public async Task DisposeAsync()
    {
        Governance?.Dispose();
        HrMetrics?.Dispose();
        await _servers.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<GovernanceStack>
{
    public const string Name = "Governance with HR metrics on real servers";
}
