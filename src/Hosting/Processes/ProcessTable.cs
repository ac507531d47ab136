using System.Text;

namespace Hemit.Hosting.Processes;

/// <summary>Reads /proc: what runs, with which command line and environment. Used to find leftovers and to prove there are none.</summary>
public static class ProcessTable
{
    public sealed record ProcessInfo(int ProcessId, string CommandLine);

    /// <summary>
    /// Live processes (not zombies, not this one) whose command line or environment mentions <paramref name="text"/>,
    /// such as a data folder path.
    /// </summary>
    public static IReadOnlyList<ProcessInfo> FindMentioning(string text)
    {
        var found = new List<ProcessInfo>();
        if (!Directory.Exists("/proc"))
        {
            return found;
        }

        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var processId) || processId == Environment.ProcessId)
            {
                continue;
            }

            var state = ReadState(processId);
            if (state is null or 'Z' or 'X')
            {
                continue;
            }

            var commandLine = ReadNulSeparated(Path.Combine(directory, "cmdline"));
            var environment = ReadNulSeparated(Path.Combine(directory, "environ"));
            if (commandLine.Contains(text, StringComparison.Ordinal) || environment.Contains(text, StringComparison.Ordinal))
            {
                found.Add(new ProcessInfo(processId, commandLine));
            }
        }

        return found;
    }

    public static string? ReadCommandLine(int processId)
    {
        var text = ReadNulSeparated($"/proc/{processId}/cmdline");
        return text.Length == 0 ? null : text;
    }

    /// <summary>The state letter from /proc/&lt;pid&gt;/stat (R, S, D, Z …), or null when there is no such process.</summary>
    public static char? ReadState(int processId)
    {
        var fields = ReadStatFieldsAfterName(processId);
        return fields is { Length: > 0 } && fields[0].Length > 0 ? fields[0][0] : null;
    }

    /// <summary>Start time in clock ticks since boot: with the pid, it names one process for good.</summary>
    internal static long? ReadStartTime(int processId)
    {
        // Field 22 of stat; fields after the name start at field 3.
        var fields = ReadStatFieldsAfterName(processId);
        return fields is { Length: > 19 } && long.TryParse(fields[19], out var ticks) ? ticks : null;
    }

    private static string[]? ReadStatFieldsAfterName(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName < 0 ? null : stat[(afterName + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string ReadNulSeparated(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            return Encoding.UTF8.GetString(bytes).Replace('\0', ' ').Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
