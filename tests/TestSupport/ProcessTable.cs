using System.Globalization;

namespace Hemit.TestSupport;

/// <summary>The machine's processes as /proc shows them, for tests that check what runs and what is left behind.</summary>
public static class ProcessTable
{
    public sealed record Entry(int Pid, int Parent, char State, string CommandLine)
    {
        /// <summary>Running, not a zombie waiting for init to reap it.</summary>
        public bool IsRunning => State != 'Z';
    }

    public static IReadOnlyList<Entry> Read()
    {
        var table = new List<Entry>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Find(pid) is { } entry)
            {
                table.Add(entry);
            }
        }

        return table;
    }

    /// <summary>One process, or null when it is gone.</summary>
    public static Entry? Find(int pid)
    {
        try
        {
            // "pid (name) state ppid ...": the name may hold spaces, so read after its closing parenthesis.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            return new Entry(pid, int.Parse(fields[1], CultureInfo.InvariantCulture), fields[0][0], commandLine);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Running processes (not this one) whose command line names <paramref name="text"/>, e.g. a data folder.</summary>
    public static List<int> Mentioning(string text) =>
        Read().Where(p => p.IsRunning && p.Pid != Environment.ProcessId && p.CommandLine.Contains(text, StringComparison.Ordinal))
            .Select(p => p.Pid).ToList();

    public static bool IsRunning(int pid) => Find(pid) is { IsRunning: true };
}
