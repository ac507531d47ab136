using Hemit.Hosting;
using Hemit.Hosting.Servers.Postgres;
using Npgsql;
using Xunit;

namespace Hemit.TestSupport;

/// <summary>
/// Real PostgreSQL and RabbitMQ for integration tests, started through Hemit.Hosting in a temporary data folder, or
/// the servers named by <c>ConnectionStrings__postgres</c> / <c>ConnectionStrings__messaging</c> when those are set
/// (then nothing is started). PostgreSQL starts on first use; RabbitMQ only when a test asks for messaging.
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

    private static readonly Lazy<PlatformServers> SharedInstance = new(CreateShared);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _root;
    private DistributedApplication? _postgres;
    private DistributedApplication? _messaging;
    private string? _postgresConnectionString;
    private string? _messagingConnectionString;
    private bool _disposed;

    public PlatformServers()
        : this(TestDataFolders.CreateRoot())
    {
    }

    private PlatformServers(string root)
    {
        _root = root;
    }

    /// <summary>One instance for the whole test process; its servers stop when the process exits.</summary>
    public static PlatformServers Shared => SharedInstance.Value;

    /// <summary>The temporary folder holding this instance's server data (removed on dispose).</summary>
    public string DataRoot => _root;

    /// <summary>The PostgreSQL server's connection string (database <c>postgres</c>, superuser).</summary>
    public async Task<string> GetPostgresConnectionStringAsync(CancellationToken cancellationToken = default)
    {
        if (_postgresConnectionString is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_postgresConnectionString is null)
            {
                _postgres = await StartAsync("postgres", builder => builder.AddPostgres(PostgresName), cancellationToken);
                _postgresConnectionString = _postgres.GetConnectionString(PostgresName);
            }

            return _postgresConnectionString;
        }
        finally
        {
            _gate.Release();
        }
    }

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
    public async Task<string> GetMessagingConnectionStringAsync(CancellationToken cancellationToken = default)
    {
        if (_messagingConnectionString is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_messagingConnectionString is null)
            {
                _messaging = await StartAsync("messaging", builder => builder.AddRabbitMQ(MessagingName), cancellationToken);
                _messagingConnectionString = _messaging.GetConnectionString(MessagingName);
            }

            return _messagingConnectionString;
        }
        finally
        {
            _gate.Release();
        }
    }

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
            var stops = new[] { _messaging, _postgres }.OfType<DistributedApplication>().Select(a => a.StopAsync());
            await Task.WhenAll(stops);
            TestDataFolders.Remove(_root);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<DistributedApplication> StartAsync(
        string folder, Action<IDistributedApplicationBuilder> describe, CancellationToken cancellationToken)
    {
        var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
        {
            DataDirectory = Path.Combine(_root, folder),
            ApplicationName = "Hemit test servers",
            ShowConsoleOutput = false,
            ServeResourceService = false,
            AdvertiseEndpoints = false,
        });
        describe(builder);
        var application = builder.Build();
        try
        {
            await application.StartAsync(cancellationToken);
            return application;
        }
        catch
        {
            await application.StopAsync(CancellationToken.None);
            throw;
        }
    }

    private static PlatformServers CreateShared()
    {
        var servers = new PlatformServers();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => servers.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return servers;
    }
}
