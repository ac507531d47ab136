using System.Globalization;

namespace Hemit.TestSupport;

/// <summary>
/// Temporary data folders under /tmp/hemit-tests/&lt;pid&gt;-&lt;random&gt;. A test process that was killed cannot
/// remove its folder, so each new one first clears folders whose process is gone (DCP, which watches the test
/// process, stops what ran from them).
/// </summary>
public static class TestDataFolders
{
    private static readonly string Parent = Path.Combine(Path.GetTempPath(), "hemit-tests");

    public static string CreateRoot()
    {
        CreateTraversable(Parent);
        RemoveAbandoned();
        var root = Path.Combine(Parent, $"{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
        CreateTraversable(root);
        return root;
    }

    /// <summary>rwxr-xr-x: the postgres and rabbitmq users pass through to their own sub-folders.</summary>
    private static void CreateTraversable(string folder)
    {
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        }
    }

    public static void Remove(string root)
    {
        try
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the next run's cleanup.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void RemoveAbandoned()
    {
        foreach (var folder in Directory.EnumerateDirectories(Parent))
        {
            var owner = Path.GetFileName(folder).Split('-')[0];
            if (!int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var processId) || IsRunning(processId))
            {
                continue;
            }

            Remove(folder);
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
