using System.Diagnostics;
using System.Reflection;

namespace Hemit.Deploy.Tests;

/// <summary>The repository this test assembly was built from, and running its tools.</summary>
internal static class Repository
{
    public static string Root { get; } = Metadata("hemit-repository-root");

    public static string Configuration { get; } = Metadata("hemit-configuration");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Runs a program to its end (at most two minutes); its output, or a failure naming the command and what it printed.</summary>
    public static string Run(string program, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"'{program}' could not be started ({exception.Message}). kubectl 1.32 (kustomize 5.5) is needed: see README \"Deployment to Kubernetes\" for its install line.", exception);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not end in 2 minutes");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{program} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}:\n{error.Result}\n{output}");
            }

            return output;
        }
    }

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
