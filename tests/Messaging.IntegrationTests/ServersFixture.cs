using Hemit.TestSupport;
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

    public async Task InitializeAsync()
    {
        PostgresServer = await _servers.GetPostgresConnectionStringAsync();
        Messaging = await _servers.GetMessagingConnectionStringAsync();
    }

    public Task DisposeAsync() => _servers.DisposeAsync().AsTask();
}
