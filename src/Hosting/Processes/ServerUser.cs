namespace Hemit.Hosting.Processes;

/// <summary>
/// PostgreSQL and RabbitMQ refuse to run as root. When the host runs as root they run as their own users
/// (<c>postgres</c>, <c>rabbitmq</c>), which must own their data folders.
/// </summary>
internal static class ServerUser
{
    /// <summary>
    /// <c>setpriv</c> executes the command in place as the user, so signals reach the server itself (runuser stays in
    /// between as a parent that turns SIGTERM into SIGKILL after two seconds). runuser is the fallback.
    /// </summary>
    public static IReadOnlyList<string> SwitchUserPrefix(string user)
    {
        if (ExecutableSearch.Find("setpriv") is { } setpriv)
        {
            return [setpriv, $"--reuid={user}", $"--regid={user}", "--init-groups", "--"];
        }

        var runuser = ExecutableSearch.Find("runuser")
            ?? throw new DistributedApplicationException("Neither setpriv nor runuser is installed: run `sudo apt-get install -y util-linux`.");
        return [runuser, "-m", "-u", user, "--"];
    }

    public static bool NeedsSwitch => Posix.IsRoot;

    /// <summary>Gives a folder (recursively) to the server's user, when running as root.</summary>
    public static async Task GiveFolderAsync(string user, string folder, CancellationToken cancellationToken)
    {
        if (!NeedsSwitch)
        {
            return;
        }

        EnsureUserExists(user);
        await ToolRun.RunAsync("chown", ["-R", $"{user}:{user}", folder], cancellationToken);
    }

    public static void EnsureUserExists(string user)
    {
        if (!File.ReadLines("/etc/passwd").Any(line => line.StartsWith($"{user}:", StringComparison.Ordinal)))
        {
            throw new DistributedApplicationException(
                $"User '{user}' does not exist; it comes with the server's package (postgresql / rabbitmq-server): reinstall that package.");
        }
    }

    /// <summary>The server's user must pass through every parent folder of its data; say which one stops it.</summary>
    public static void EnsureReachable(string folder)
    {
        if (!NeedsSwitch || OperatingSystem.IsWindows())
        {
            return;
        }

        for (var directory = new DirectoryInfo(folder).Parent; directory is not null; directory = directory.Parent)
        {
            if ((File.GetUnixFileMode(directory.FullName) & UnixFileMode.OtherExecute) == 0)
            {
                throw new DistributedApplicationException(
                    $"The server users cannot reach {folder}: folder {directory.FullName} is not traversable. Run `chmod o+x {directory.FullName}` or choose another --data-dir.");
            }
        }
    }
}
