using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Governance.Tests.Integration;

/// <summary>
/// Real PostgreSQL and RabbitMQ, the real HR metrics service on the broker, and the real governance service asking it
/// over gRPC: servers and HR metrics started once for all of governance's integration tests, and one governance host
/// (on its own fresh database) per test class, since the board's rules span meetings and years.
/// </summary>
public sealed class GovernanceStack : IAsyncLifetime
{
    private readonly PlatformServers _servers = new();

    public ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext> HrMetrics { get; private set; } = null!;

    public HrMetricsService.HrMetricsServiceClient HrClient { get; private set; } = null!;

    /// <summary>The servers, for a test class that starts more services of its own.</summary>
    public PlatformServers Servers => _servers;

    private readonly Dictionary<Type, GovernanceHost> _hosts = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_servers).InitializeAsync();
        HrMetrics = new ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext>(new Dictionary<string, string>
        {
            ["hrdb"] = await _servers.CreateDatabaseAsync("hrmetrics"),
            ["messaging"] = await _servers.GetMessagingConnectionStringAsync(),
        });
        HrClient = new HrMetricsService.HrMetricsServiceClient(HrMetrics.Channel);
    }

    /// <summary>The governance host of one test class, started on its first use.</summary>
    /// <param name="sources">The other report sources governance asks (finance, service desk, projects), for the status and tertial reports.</param>
    public async Task<GovernanceHost> GovernanceForAsync<TTestClass>(Action<IServiceCollection>? sources = null)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_hosts.TryGetValue(typeof(TTestClass), out var host))
            {
                host = await GovernanceHost.StartAsync(_servers, HrMetrics.CreateHandler, sources);
                _hosts[typeof(TTestClass)] = host;
            }

            return host;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }

        HrMetrics?.Dispose();
        await _servers.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ServersCollection : ICollectionFixture<GovernanceStack>
{
    public const string Name = "Governance with HR metrics on real servers";
}
