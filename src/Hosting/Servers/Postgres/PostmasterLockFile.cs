using Hemit.Hosting.Processes;

namespace Hemit.Hosting.Servers.Postgres;

/// <summary>
/// postmaster.pid in the data directory: line 1 is the server's pid, line 2 its data directory, line 4 its port.
/// It tells whether a server from an earlier run still lives on these files.
/// </summary>
internal sealed record PostmasterLockFile(int ProcessId, string DataDirectory, int? Port)
{
    public const string FileName = "postmaster.pid";

    public static PostmasterLockFile? Read(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        try
        {
            var lines = File.ReadAllLines(path);
            if (lines.Length < 2 || !int.TryParse(lines[0].Trim(), out var processId))
            {
                return new PostmasterLockFile(0, dataDirectory, null);
            }

            int? port = lines.Length > 3 && int.TryParse(lines[3].Trim(), out var parsed) ? parsed : null;
            return new PostmasterLockFile(processId, lines[1].Trim(), port);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>True when the pid in the file is a live postgres serving this very data directory.</summary>
    public bool BelongsToLiveServer()
    {
        if (ProcessId <= 0 || !Posix.IsAlive(ProcessId))
        {
            return false;
        }

        var commandLine = ProcessTable.ReadCommandLine(ProcessId) ?? string.Empty;
        return commandLine.Contains("postgres", StringComparison.Ordinal)
            && commandLine.Contains(DataDirectory, StringComparison.Ordinal);
    }
}
