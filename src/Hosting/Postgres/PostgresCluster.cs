using System.Diagnostics;
using Hemit.Hosting.Servers;
using Microsoft.Extensions.Logging;

namespace Hemit.Hosting.Postgres;

/// <summary>The cluster folder before each start: made once with initdb, and freed of a server a killed AppHost left behind.</summary>
internal static class PostgresCluster
{
    private const string ServerUser = "postgres";
    private static readonly TimeSpan OrphanStopLimit = TimeSpan.FromSeconds(10);

    public static void Prepare(LocalPostgresServerResource server, ILogger logger)
    {
        var folder = Path.GetDirectoryName(server.ClusterDirectory)!;
        ServerProcess.PrepareFolder(folder, ServerUser);
        StopOrphan(server.ClusterDirectory, logger);
        if (!File.Exists(Path.Combine(server.ClusterDirectory, "PG_VERSION")))
        {
            Initialize(server, folder, logger);
        }
    }

    /// <summary>initdb into a temporary folder renamed into place, so a killed initdb never leaves a half-made cluster.</summary>
    private static void Initialize(LocalPostgresServerResource server, string folder, ILogger logger)
    {
        var temporary = Path.Combine(folder, "data.initdb");
        if (Directory.Exists(temporary))
        {
            Directory.Delete(temporary, recursive: true);
        }

        if (Directory.Exists(server.ClusterDirectory))
        {
            // Not a cluster (no PG_VERSION): keep it aside rather than delete what someone may want to see.
            var aside = $"{server.ClusterDirectory}.broken-{DateTime.UtcNow:yyyyMMddHHmmss}";
            logger.LogWarning("{Folder} is not a PostgreSQL cluster; moved to {Aside}", server.ClusterDirectory, aside);
            Directory.Move(server.ClusterDirectory, aside);
        }

        logger.LogInformation("Creating a new PostgreSQL cluster in {Folder}", server.ClusterDirectory);
        ServerProcess.RunAs(ServerUser, Path.Combine(server.BinDirectory, "initdb"),
            ["-D", temporary, "-U", LocalPostgresServerResource.SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
        Directory.Move(temporary, server.ClusterDirectory);
    }

    /// <summary>
    /// A postmaster still serving this folder belongs to an AppHost that was killed before it could stop it: stop it
    /// fast (SIGINT), so the new server can take the folder.
    /// </summary>
    private static void StopOrphan(string clusterDirectory, ILogger logger)
    {
        var lockFile = Path.Combine(clusterDirectory, "postmaster.pid");
        if (!File.Exists(lockFile)
            || !int.TryParse(File.ReadLines(lockFile).FirstOrDefault()?.Trim(), out var processId)
            || !IsPostgresOf(processId, clusterDirectory))
        {
            return;
        }

        logger.LogWarning("A PostgreSQL server from an earlier run (pid {Pid}) still holds {Folder}; stopping it", processId, clusterDirectory);
        Process orphan;
        try
        {
            orphan = Process.GetProcessById(processId);
        }
        catch (ArgumentException)
        {
            return; // It ended on its own meanwhile.
        }

        using (orphan)
        {
            Signal(processId, "INT");
            if (!orphan.WaitForExit(OrphanStopLimit))
            {
                Signal(processId, "KILL");
                orphan.WaitForExit(OrphanStopLimit);
            }
        }
    }

    private static bool IsPostgresOf(int processId, string clusterDirectory)
    {
        try
        {
            var commandLine = File.ReadAllText($"/proc/{processId}/cmdline").Replace('\0', ' ');
            return commandLine.Contains("postgres", StringComparison.Ordinal) && commandLine.Contains(clusterDirectory, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static void Signal(int processId, string signal)
    {
        using var kill = Process.Start("/bin/kill", ["-s", signal, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
