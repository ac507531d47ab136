using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Hemit.Hosting.Health;
using Hemit.Hosting.Postgres;
using Hemit.Hosting.RabbitMQ;
using Npgsql;
using Xunit;

namespace Hemit.TestSupport;

/// <summary>
/// Real PostgreSQL and RabbitMQ for integration tests, started through the AppHost's own resources
/// (<c>AddLocalPostgres</c>, <c>AddLocalRabbitMQ</c>) in a temporary data folder, or the servers named by
/// <c>ConnectionStrings__postgres</c> / <c>ConnectionStrings__messaging</c> when those are set (then nothing is
/// started). PostgreSQL starts on first use; RabbitMQ only when a test asks for messaging.
/// </summary>
/// <remarks>
/// Use <see cref="Shared"/> (one per test process, stopped when the process exits) or make it an xunit collection
/// fixture (<c>ICollectionFixture&lt;PlatformServers&gt;</c>); either way every test gets its own database from
/// <see cref="CreateDatabaseAsync"/>, so tests never see each other's rows.
/// </remarks>
public sealed class PlatformServers : IAsyncLifetime, IAsyncDisposable
{
    public const string PostgresName = "postgres";
    public const string MessagingName = "messaging";

    /// <summary>Every wait on a server has a limit: one that never gets healthy fails the test instead of hanging it.</summary>
    public static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    private static readonly Lazy<PlatformServers> SharedInstance = new(CreateShared);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _root;
    private readonly List<DistributedApplication> _applications = [];
    private readonly Dictionary<string, DistributedApplication> _applicationOf = new(StringComparer.Ordinal);
    private string? _postgresConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__postgres");
    private string? _messagingConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__messaging");
    private bool _disposed;

    public PlatformServers()
    {
        _root = TestDataFolders.CreateRoot();
    }

    /// <summary>One instance for the whole test process; its servers stop when the process exits.</summary>
    public static PlatformServers Shared => SharedInstance.Value;

    /// <summary>The temporary folder holding this instance's server data (removed on dispose).</summary>
    public string DataRoot => _root;

    /// <summary>The PostgreSQL server's connection string (no database named: the superuser's default).</summary>
    public async Task<string> GetPostgresConnectionStringAsync(CancellationToken cancellationToken = default) =>
        _postgresConnectionString ?? await StartOnceAsync(
            () => _postgresConnectionString, value => _postgresConnectionString = value,
            PostgresName, builder => builder.AddLocalPostgres(PostgresName, Path.Combine(_root, PostgresName)), cancellationToken);

    /// <summary>
    /// A new, empty database named <c>&lt;prefix&gt;_&lt;random&gt;</c>; returns its connection string.
    /// <paramref name="prefix"/> is lower-cased letters, digits and underscores, e.g. "finance".
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var name = DatabaseNames.Unique(prefix);
        var server = await GetPostgresConnectionStringAsync(cancellationToken);
        await PostgresDatabases.CreateIfMissingAsync(server, name, cancellationToken);
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The broker's amqp:// URI; RabbitMQ is started on the first call.</summary>
    public async Task<string> GetMessagingConnectionStringAsync(CancellationToken cancellationToken = default) =>
        _messagingConnectionString ?? await StartOnceAsync(
            () => _messagingConnectionString, value => _messagingConnectionString = value,
            MessagingName, builder => builder.AddLocalRabbitMQ(MessagingName, Path.Combine(_root, MessagingName)), cancellationToken);

    /// <summary>As an xunit fixture, PostgreSQL starts before the first test; RabbitMQ still waits to be asked for.</summary>
    Task IAsyncLifetime.InitializeAsync() => GetPostgresConnectionStringAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    /// <summary>Stops what this instance started, cleanly, and removes its data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await Task.WhenAll(_applications.Select(async application =>
            {
                await application.StopAsync();
                await application.DisposeAsync();
            }));
            TestDataFolders.Remove(_root);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One small Aspire application per server, so a test that needs only PostgreSQL never waits for RabbitMQ.</summary>
    private async Task<string> StartOnceAsync(
        Func<string?> read, Action<string> remember, string resourceName,
        Action<IDistributedApplicationBuilder> describe, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (read() is { } started)
            {
                return started;
            }

            var builder = DistributedApplicationTestingBuilder.Create($"--Hemit:DataDir={_root}");
            builder.DetectReadinessPromptly();
            describe(builder);
            var application = builder.Build();
            _applications.Add(application);
            _applicationOf[resourceName] = application;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(StartLimit);
            await application.StartAsync(limit.Token);
            await application.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, limit.Token);
            var connectionString = await application.GetConnectionStringAsync(resourceName, limit.Token)
                ?? throw new InvalidOperationException($"'{resourceName}' has no connection string.");
            remember(connectionString);
            return connectionString;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Stops a server this instance started (<see cref="PostgresName"/> or <see cref="MessagingName"/>) as an outage
    /// would, through Aspire's own stop command; <see cref="StartAgainAsync"/> brings it back on the same port and data.
    /// </summary>
    public async Task StopAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        var application = Started(resourceName);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        var stopped = await application.ResourceCommands.ExecuteCommandAsync(resourceName, KnownResourceCommands.StopCommand, limit.Token);
        if (!stopped.Success)
        {
            throw new InvalidOperationException($"Stopping {resourceName} failed: {stopped.Message}");
        }

        await application.ResourceNotifications.WaitForResourceAsync(resourceName, KnownResourceStates.TerminalStates, limit.Token);
    }

    /// <summary>Starts a server stopped by <see cref="StopAsync"/> again and waits until it accepts connections.</summary>
    public async Task StartAgainAsync(string resourceName, CancellationToken cancellationToken = default)
    {
        var application = Started(resourceName);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StartLimit);
        var started = await application.ResourceCommands.ExecuteCommandAsync(resourceName, KnownResourceCommands.StartCommand, limit.Token);
        if (!started.Success)
        {
            throw new InvalidOperationException($"Starting {resourceName} again failed: {started.Message}");
        }

        await application.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, limit.Token);
    }

    private DistributedApplication Started(string resourceName) =>
        _applicationOf.TryGetValue(resourceName, out var application)
            ? application
            : throw new InvalidOperationException($"{resourceName} was not started by this instance (it is external, or not asked for yet).");

    private static PlatformServers CreateShared()
    {
        var servers = new PlatformServers();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => servers.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return servers;
    }
}
