using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.Orchestration;
using Hemit.Hosting.Processes;
using Hemit.Hosting.Resources;
using Npgsql;

namespace Hemit.Hosting.Servers.Postgres;

/// <summary>
/// Our own PostgreSQL: initdb once into &lt;data folder&gt;/&lt;name&gt;/data, then pg_ctl start/stop as user postgres.
/// A supplied server (ConnectionStrings:&lt;name&gt;) is only checked, never started or stopped.
/// </summary>
internal sealed class PostgresServerRunner(PostgresServerResource resource, ResourceContext context) : IResourceRunner
{
    private const string ServerUserName = "postgres";
    private const int MaximumSocketPathLength = 100;
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(60);

    private string? _binDirectory;
    private volatile bool _stopping;

    public IResource Resource => resource;

    public IReadOnlyList<ResourceCommand> Commands => [];

    /// <summary>&lt;data folder&gt;/&lt;name&gt;: owned by postgres, holds the cluster.</summary>
    public string ServerFolder => context.DataFolder.Combine(resource.Name);

    public string ClusterDirectory => Path.Combine(ServerFolder, "data");

    public IEnumerable<string> FindMissingPrerequisites()
    {
        if (resource.IsExternal)
        {
            yield break;
        }

        _binDirectory = PostgresBinaries.FindBinDirectory(context.Configuration);
        if (_binDirectory is null)
        {
            yield return PostgresBinaries.MissingMessage(context.Configuration);
        }
    }

    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        if (resource.IsExternal || PostmasterLockFile.Read(ClusterDirectory) is not { } lockFile)
        {
            return;
        }

        if (lockFile.BelongsToLiveServer())
        {
            context.WriteLine($"A PostgreSQL server left running by an earlier run (pid {lockFile.ProcessId}) is stopped cleanly before starting.");
            await StopClusterAsync(cancellationToken);
            return;
        }

        // A killed run: the server is gone. PostgreSQL replays its write-ahead log on the next start; only the lock
        // files must go, because their pid may now belong to another process and PostgreSQL would refuse to start.
        context.WriteLine("Removing the lock file of a PostgreSQL server that did not shut down cleanly; it recovers from its log on start.");
        File.Delete(Path.Combine(ClusterDirectory, PostmasterLockFile.FileName));
        foreach (var socketLock in Directory.EnumerateFiles(ClusterDirectory, ".s.PGSQL.*"))
        {
            File.Delete(socketLock);
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _stopping = false;
        if (resource.IsExternal)
        {
            await WaitUntilAcceptingAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return;
        }

        ServerUser.EnsureReachable(ServerFolder);
        Directory.CreateDirectory(ServerFolder);
        await ServerUser.GiveFolderAsync(ServerUserName, ServerFolder, cancellationToken);
        if (!File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")))
        {
            await InitializeClusterAsync();
        }

        var port = resource.GetEndpoint(PostgresServerResource.EndpointName).Port;
        var socketOption = Path.Combine(ClusterDirectory, $".s.PGSQL.{port}").Length <= MaximumSocketPathLength
            ? $"-k '{ClusterDirectory}'"
            : "-c unix_socket_directories=''";

        // Not cancellable: a half-started postmaster is harder to stop than a started one; -t bounds the wait.
        var result = await ToolRun.TryRunAsync(
            Tool("pg_ctl"),
            ["-D", ClusterDirectory, "-w", "-t", "60", "-o", $"-p {port} {socketOption} -c listen_addresses=127.0.0.1", "start"],
            CancellationToken.None,
            runAsUser: ServerUserName,
            workingDirectory: ServerFolder,
            onLine: (line, isError) => context.WriteLine(line, isError));
        if (result.ExitCode != 0)
        {
            throw new DistributedApplicationException(
                $"PostgreSQL '{resource.Name}' did not start (pg_ctl exit code {result.ExitCode}); its output is in the resource's console log:{Environment.NewLine}{result.Output.TrimEnd()}");
        }

        var processId = PostmasterLockFile.Read(ClusterDirectory)?.ProcessId;
        context.Update(s => s with { ProcessId = processId });
        await WaitUntilAcceptingAsync(TimeSpan.FromSeconds(30), cancellationToken);
    }

    public async Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        if (!resource.IsExternal && !_stopping && context.Snapshot.ProcessId is { } processId && !Posix.IsAlive(processId))
        {
            context.WriteLine($"PostgreSQL (pid {processId}) exited unexpectedly.", isError: true);
            context.Update(s => s with { State = ResourceState.Exited, ProcessId = null });
            return false;
        }

        return await CanConnectAsync(resource.GetConnectionString(), cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        if (resource.IsExternal)
        {
            return;
        }

        await StopClusterAsync(cancellationToken);
        context.Update(s => s with { ProcessId = null });
    }

    public Task ExecuteCommandAsync(ResourceCommand command, CancellationToken cancellationToken) =>
        throw new DistributedApplicationException($"'{resource.Name}' accepts no commands.");

    internal static async Task<bool> CanConnectAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timeout = 3 };
        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private async Task WaitUntilAcceptingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = context.TimeProvider.GetUtcNow() + timeout;
        while (!await CanConnectAsync(resource.GetConnectionString(), cancellationToken))
        {
            if (context.TimeProvider.GetUtcNow() > deadline)
            {
                throw new DistributedApplicationException(
                    $"PostgreSQL '{resource.Name}' does not accept connections at {Describe()} after {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    private string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(resource.GetConnectionString());
        return $"{builder.Host}:{builder.Port}";
    }

    /// <summary>initdb into a temporary folder renamed into place, so a killed initdb never leaves a half-made cluster.</summary>
    private async Task InitializeClusterAsync()
    {
        var temporary = Path.Combine(ServerFolder, "data.initdb");
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        if (Directory.Exists(ClusterDirectory))
        {
            // Without PG_VERSION it is not a cluster; keep it aside rather than delete what someone may want to see.
            var aside = $"{ClusterDirectory}.broken-{context.TimeProvider.GetUtcNow():yyyyMMddHHmmss}";
            context.WriteLine($"{ClusterDirectory} is not a PostgreSQL cluster (no PG_VERSION); moved to {aside}.", isError: true);
            Directory.Move(ClusterDirectory, aside);
        }

        context.WriteLine($"Creating a new PostgreSQL cluster in {ClusterDirectory}.");
        await ToolRun.RunAsync(
            Tool("initdb"),
            ["-D", temporary, "-U", PostgresServerResource.SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"],
            CancellationToken.None,
            runAsUser: ServerUserName,
            workingDirectory: ServerFolder,
            onLine: (line, isError) => context.WriteLine(line, isError));
        Directory.Move(temporary, ClusterDirectory);
    }

    private async Task StopClusterAsync(CancellationToken cancellationToken)
    {
        if (PostmasterLockFile.Read(ClusterDirectory) is not { } lockFile)
        {
            return;
        }

        foreach (var mode in new[] { "fast", "immediate" })
        {
            var result = await ToolRun.TryRunAsync(
                Tool("pg_ctl"),
                ["-D", ClusterDirectory, "-m", mode, "-w", "-t", ((int)StopTimeout.TotalSeconds).ToString(), "stop"],
                cancellationToken,
                runAsUser: ServerUserName,
                workingDirectory: ServerFolder,
                onLine: (line, isError) => context.WriteLine(line, isError));
            if (result.ExitCode == 0 || !lockFile.BelongsToLiveServer())
            {
                // pg_ctl returns once postmaster.pid is gone, a moment before the postmaster itself has exited.
                await WaitUntilExitedAsync(lockFile.ProcessId, StopTimeout, cancellationToken);
                return;
            }

            context.WriteLine($"pg_ctl stop -m {mode} failed (exit code {result.ExitCode}).", isError: true);
        }

        // Immediate mode failed too: the server is beyond asking. It recovers from its log on the next start.
        Posix.Signal(lockFile.ProcessId, Posix.SIGKILL);
    }

    private static async Task WaitUntilExitedAsync(int processId, TimeSpan limit, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + limit;
        while (Posix.IsAlive(processId) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    private string Tool(string name) =>
        Path.Combine(
            _binDirectory ??= PostgresBinaries.FindBinDirectory(context.Configuration)
                ?? throw new DistributedApplicationException(PostgresBinaries.MissingMessage(context.Configuration)),
            name);
}
