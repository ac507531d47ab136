using System.Diagnostics;
using System.Text;

namespace Hemit.Hosting.Processes;

/// <summary>
/// A child process in its own session and process group (launched through <c>setsid</c>), so stopping it reaches
/// every process it started. Its stdout and stderr are read line by line and handed to a callback.
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private static readonly string[] InheritedVariablesToDrop = ["ASPNETCORE_URLS", "DOTNET_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS"];

    private readonly Process _process;
    private readonly bool _ownsProcessGroup;

    private ChildProcess(Process process, bool ownsProcessGroup, Action<string, bool> onLine)
    {
        _process = process;
        _ownsProcessGroup = ownsProcessGroup;
        ProcessId = process.Id;
        StartTime = ProcessTable.ReadStartTime(process.Id) ?? 0;
        var standardOutput = ReadLinesAsync(process.StandardOutput, line => onLine(line, false));
        var standardError = ReadLinesAsync(process.StandardError, line => onLine(line, true));
        OutputClosed = Task.WhenAll(standardOutput, standardError);
        Exited = WaitForExitAsync(process);
    }

    public int ProcessId { get; }

    /// <summary>Clock ticks since boot when the process started (from /proc), recorded to recognise it later.</summary>
    public long StartTime { get; }

    /// <summary>Completes with the exit code when the process exits.</summary>
    public Task<int> Exited { get; }

    /// <summary>Completes when every process holding the output pipes has closed them.</summary>
    public Task OutputClosed { get; }

    public bool HasExited => Exited.IsCompleted;

    public static ChildProcess Start(ProcessLaunch launch, Action<string, bool> onLine)
    {
        var startInfo = new ProcessStartInfo
        {
            WorkingDirectory = launch.WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };

        var setsid = ExecutableSearch.Find("setsid");
        var prefix = new List<string>();
        if (launch.RunAsUser is { } user && Posix.IsRoot)
        {
            prefix.AddRange(ServerUser.SwitchUserPrefix(user));
        }

        var command = prefix.Concat([launch.FileName, .. launch.Arguments]).ToList();
        if (setsid is not null)
        {
            command.Insert(0, setsid);
        }

        startInfo.FileName = command[0];
        foreach (var argument in command.Skip(1))
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedVariablesToDrop)
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in launch.Environment)
        {
            startInfo.Environment[name] = value;
        }

        var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            process.Dispose();
            throw new DistributedApplicationException($"Could not start '{launch}': {exception.Message}", exception);
        }

        // Nothing reads the host's terminal: children get an empty stdin.
        process.StandardInput.Close();
        return new ChildProcess(process, setsid is not null, onLine);
    }

    /// <summary>
    /// SIGTERM (to the whole group, or only to <paramref name="signalTarget"/>), then SIGKILL to the group after
    /// <paramref name="grace"/>. Whatever remains of the group after the process exits is killed too.
    /// </summary>
    public async Task StopAsync(TimeSpan grace, int? signalTarget = null)
    {
        if (!HasExited)
        {
            if (signalTarget is { } target)
            {
                Posix.Signal(target, Posix.SIGTERM);
            }
            else if (!_ownsProcessGroup || !Posix.SignalGroup(ProcessId, Posix.SIGTERM))
            {
                Posix.Signal(ProcessId, Posix.SIGTERM);
            }

            if (!await WaitAsync(grace))
            {
                Kill();
                await WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        if (_ownsProcessGroup)
        {
            Posix.SignalGroup(ProcessId, Posix.SIGKILL);
        }
    }

    /// <summary>SIGKILL to the whole group at once.</summary>
    public void Kill()
    {
        if (!_ownsProcessGroup || !Posix.SignalGroup(ProcessId, Posix.SIGKILL))
        {
            Posix.Signal(ProcessId, Posix.SIGKILL);
        }
    }

    public async Task<bool> WaitAsync(TimeSpan timeout)
    {
        var finished = await Task.WhenAny(Exited, Task.Delay(timeout));
        return finished == Exited;
    }

    public ValueTask DisposeAsync()
    {
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<int> WaitForExitAsync(Process process)
    {
        // Output is read by our own loops, so this returns on exit even while a grandchild keeps the pipes open.
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    private static async Task ReadLinesAsync(StreamReader reader, Action<string> onLine)
    {
        try
        {
            while (await reader.ReadLineAsync() is { } line)
            {
                onLine(line);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The pipe went away with the process.
        }
    }
}
