using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Hemit.Finance.Tests.Integration;

/// <summary>
/// A real, throw-away PostgreSQL 15 cluster for this test project (initdb + pg_ctl as the postgres user), with one
/// fresh database per test. Stand-in until tests/TestSupport's shared PlatformServers exists.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"hemit-finance-tests-{Guid.NewGuid():N}");
    private int _port;
    private int _databases;

    public async Task InitializeAsync()
    {
        _port = FreePort();
        Directory.CreateDirectory(_dataFolder);
        await RunAsync("chown", "postgres:postgres", _dataFolder);
        await RunAsync("runuser", "-u", "postgres", "--", $"{Binaries}/initdb", "-D", _dataFolder, "-U", "postgres", "--auth=trust", "-E", "UTF8");
        await RunAsync("runuser", "-u", "postgres", "--", $"{Binaries}/pg_ctl", "-D", _dataFolder,
            "-o", $"-p {_port} -k {_dataFolder} -c listen_addresses=127.0.0.1", "-l", Path.Combine(_dataFolder, "server.log"), "-w", "start");
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("runuser", "-u", "postgres", "--", $"{Binaries}/pg_ctl", "-D", _dataFolder, "-m", "fast", "-w", "stop");
        Directory.Delete(_dataFolder, recursive: true);
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={database};Pooling=true";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await error}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
