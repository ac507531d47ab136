using System.Runtime.InteropServices;

namespace Hemit.Hosting.Processes;

/// <summary>The few libc calls .NET does not offer: signals to process groups, and who we run as.</summary>
internal static partial class Posix
{
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;
    private const int ESRCH = 3;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();

    public static bool IsRoot => !OperatingSystem.IsWindows() && GetEffectiveUserId() == 0;

    /// <summary>Sends a signal to one process; false when it no longer exists.</summary>
    public static bool Signal(int processId, int signal) => Send(processId, signal);

    /// <summary>Sends a signal to every process of a process group; false when the group is empty.</summary>
    public static bool SignalGroup(int processGroupId, int signal) => processGroupId > 1 && Send(-processGroupId, signal);

    public static bool IsAlive(int processId)
    {
        if (processId <= 0)
        {
            return false;
        }

        // A zombie still answers kill(pid, 0) but has finished: read its state.
        var state = ProcessTable.ReadState(processId);
        return state is not null and not 'Z' and not 'X';
    }

    private static bool Send(int target, int signal)
    {
        if (Kill(target, signal) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error != ESRCH;
    }
}
