using System.Diagnostics;
using Aspire.Hosting;

namespace Hemit.Hosting.Servers;

/// <summary>
/// How a local server binary is launched under DCP: through <c>server-wrapper.sh</c> (a quick, clean stop on
/// SIGTERM), and, when the AppHost runs as root, as the server's own system user, because neither PostgreSQL nor
/// RabbitMQ agrees to run as root and DCP starts processes as the AppHost's user.
/// </summary>
internal static class ServerProcess
{
    private const string SetPriv = "/usr/bin/setpriv";

    /// <summary>The shell that runs the wrapper (the resource's command).</summary>
    public const string Shell = "/bin/sh";

    public static string WrapperPath => Path.Combine(AppContext.BaseDirectory, "server-wrapper.sh");

    public static bool RunsAsRoot => Environment.UserName == "root";

    /// <summary>
    /// The wrapper's arguments in front of the server's own: stop signal, clean-up command, and the user switch.
    /// </summary>
    /// <param name="cleanupCommand">A shell command run after the server stopped (a string or a ReferenceExpression), or "".</param>
    public static IReadOnlyList<object> WrapperArguments(string stopSignal, object cleanupCommand, string serverUser, string binary)
    {
        List<object> arguments = [WrapperPath, stopSignal, cleanupCommand, "--"];
        if (RunsAsRoot)
        {
            arguments.AddRange([SetPriv, $"--reuid={serverUser}", $"--regid={serverUser}", "--init-groups", "--"]);
        }

        arguments.Add(binary);
        return arguments;
    }

    /// <summary>Gives <paramref name="folder"/> (created when missing) to the server's user when we run as root.</summary>
    public static void PrepareFolder(string folder, string serverUser)
    {
        Directory.CreateDirectory(folder);
        if (RunsAsRoot)
        {
            Run("/bin/chown", ["-R", $"{serverUser}:{serverUser}", folder]);
        }
    }

    /// <summary>Runs a short tool (initdb, chown) as the server's user when we are root; throws with its output on failure.</summary>
    public static void RunAs(string serverUser, string tool, IEnumerable<string> arguments)
    {
        if (RunsAsRoot)
        {
            Run(SetPriv, [$"--reuid={serverUser}", $"--regid={serverUser}", "--init-groups", "--", tool, .. arguments]);
        }
        else
        {
            Run(tool, arguments);
        }
    }

    /// <summary>Says plainly what to install when a server binary is missing.</summary>
    public static void RequireBinary(string path, string what, string debianPackage, string connectionStringName)
    {
        if (!File.Exists(path))
        {
            throw new DistributedApplicationException(
                $"{what} is not installed here ({path} is missing). Install it with `sudo apt-get install {debianPackage}` " +
                $"(eng/run.sh does this), or point the stack at a running server with ConnectionStrings__{connectionStringName}.");
        }
    }

    private static void Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new DistributedApplicationException($"Could not start {tool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new DistributedApplicationException(
                $"{Path.GetFileName(tool)} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}: {error}{output.Result}");
        }
    }
}
