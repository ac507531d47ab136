using System.Diagnostics;
using System.Text;

namespace Hemit.Hosting.Processes;

/// <summary>Runs a short command to completion and returns what it printed (initdb, pg_ctl, chown, epmd).</summary>
internal static class ToolRun
{
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Runs the command; a non-zero exit becomes an exception carrying the command's output.</summary>
    public static async Task<string> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken,
        string? runAsUser = null,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        Action<string, bool>? onLine = null)
    {
        var result = await TryRunAsync(fileName, arguments, cancellationToken, runAsUser, environment, workingDirectory, onLine);
        if (result.ExitCode != 0)
        {
            throw new DistributedApplicationException(
                $"`{fileName} {string.Join(' ', arguments)}` failed with exit code {result.ExitCode}:{Environment.NewLine}{result.Output.TrimEnd()}");
        }

        return result.Output;
    }

    public static async Task<Result> TryRunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        CancellationToken cancellationToken,
        string? runAsUser = null,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null,
        Action<string, bool>? onLine = null)
    {
        var output = new StringBuilder();
        var collecting = true;
        var launch = new ProcessLaunch(
            fileName, arguments, workingDirectory ?? Directory.GetCurrentDirectory(), environment ?? new Dictionary<string, string>(), runAsUser);
        await using var process = ChildProcess.Start(launch, (line, isError) =>
        {
            lock (output)
            {
                if (collecting)
                {
                    output.AppendLine(line);
                }
            }

            onLine?.Invoke(line, isError);
        });

        try
        {
            var exitCode = await process.Exited.WaitAsync(cancellationToken);
            // pg_ctl start leaves the server holding the pipes; give the tool's own last lines a moment, no more.
            await Task.WhenAny(process.OutputClosed, Task.Delay(200, CancellationToken.None));
            lock (output)
            {
                collecting = false;
                return new Result(exitCode, output.ToString());
            }
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw;
        }
    }
}
