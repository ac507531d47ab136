using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>
/// Real PostgreSQL and RabbitMQ (tests/TestSupport's <see cref="PlatformServers"/>), both started before the first
/// test, because every test here runs services that talk over the broker.
/// </summary>
public sealed class ServersFixture : IAsyncLifetime
{
    private readonly PlatformServers _servers = new();

    /// <summary>The real broker's amqp:// URI.</summary>
    public string Messaging { get; private set; } = "";

    /// <summary>An amqp:// URI on a loopback port where nothing listens: a service pointed here cannot publish.</summary>
    public static string UnreachableBroker => Hemit.ServiceTestHost.UnreachableBroker.Address;

    /// <summary>The PostgreSQL server as its superuser, to break a database on purpose.</summary>
    public string PostgresServer { get; private set; } = "";

    /// <summary>A new, empty database named after <paramref name="prefix"/>; returns its connection string.</summary>
    public Task<string> CreateDatabaseAsync(string prefix) => _servers.CreateDatabaseAsync(prefix);

    /// <summary>Stops RabbitMQ, as an outage would; <see cref="StartBrokerAgainAsync"/> brings it back.</summary>
    public Task StopBrokerAsync() => _servers.StopAsync(PlatformServers.MessagingName);

    public Task StartBrokerAgainAsync() => _servers.StartAgainAsync(PlatformServers.MessagingName);

    /// <summary>Stops PostgreSQL (fast shutdown: sessions ended), as a database restart would; start it again after.</summary>
    public Task StopPostgresAsync() => _servers.StopAsync(PlatformServers.PostgresName);

    public Task StartPostgresAgainAsync() => _servers.StartAgainAsync(PlatformServers.PostgresName);

    /// <summary>
    /// Governance in-process on a new database (or <paramref name="database"/>) and the real broker, returned once its
    /// bus is up: consumers only receive what is published after their queue is bound.
    /// </summary>
    public async Task<ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>> StartGovernanceAsync(
        string? database = null, Action<IServiceCollection>? testServices = null)
    {
        var host = new ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>(new Dictionary<string, string>
        {
            ["governancedb"] = database ?? await CreateDatabaseAsync("governance"),
            ["messaging"] = Messaging,
        }, testServices);
        _ = host.Channel; // starts the host, its migrations and its consumers
        await WaitForBusAsync(host.Services);
        return host;
    }

    /// <summary>
    /// Waits (at most a minute) until a service's bus is connected and every receive endpoint's queue bound; after that
    /// fails naming what is still unhealthy.
    /// </summary>
    public static async Task WaitForBusAsync(IServiceProvider services)
    {
        var bus = services.GetRequiredService<IBusControl>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await bus.WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var health = bus.CheckHealth();
            var endpoints = health.Endpoints.Where(e => e.Value.Status != BusHealthStatus.Healthy).Select(e => $"{e.Key}: {e.Value.Description}");
            throw new TimeoutException($"The bus is {health.Status} after 60 s ({health.Description}); endpoints: {string.Join("; ", endpoints)}");
        }
    }

    public async Task InitializeAsync()
    {
        PostgresServer = await _servers.GetPostgresConnectionStringAsync();
        Messaging = await _servers.GetMessagingConnectionStringAsync();
    }

    public Task DisposeAsync() => _servers.DisposeAsync().AsTask();
}
