using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Hemit.Contracts.Advertising;
using Hemit.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace Hemit.Platform.IntegrationTests;

/// <summary>
/// The AppHost as a developer runs it, a process of its own: every resource healthy, <c>hemit status</c> with no
/// flags, Ctrl+C leaving nothing behind, a second start on the same data, and a start after the AppHost was killed.
/// </summary>
public sealed class AppHostProcessTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan HealthyLimit = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(60);
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    private readonly TemporaryDataFolder _data = new();

    /// <summary>The last lines each AppHost wrote, shown should it not stop: they say which resource it waits for.</summary>
    private readonly Dictionary<int, ConcurrentQueue<string>> _outputTails = [];

    /// <summary>Every AppHost this test started, so a failed assertion never leaves one (and its stack) running.</summary>
    private readonly List<Process> _started = [];

    [Fact]
    public async Task Runs_healthy_reports_status_stops_clean_restarts_on_its_data_and_survives_being_killed()
    {
        // 1. First start: a fresh data folder (initdb, RabbitMQ's first boot).
        var first = Start();
        {
            await WaitUntilHealthyAsync(first, "first start");
            var status = await RunCliAsync("status");
            Assert.True(status.ExitCode == 0, status.Text);
            foreach (var resource in new[] { "postgres", "financedb", "messaging" }.Concat(PlatformStack.Services))
            {
                Assert.Contains(resource, status.Text);
            }

            Assert.Contains("Serving", status.Text);
            var services = ServiceProcessesOf(first.Id);
            Assert.Equal(PlatformStack.Services.Length, services.Count);

            // 2. Ctrl+C: everything stops, PostgreSQL cleanly, and the advertisement is withdrawn.
            Signal(first.Id, "INT");
            AssertStopsWithinLimit(first);
            await WaitUntilGoneAsync(services, "services after Ctrl+C");
            await WaitUntilGoneAsync(ServerProcesses(), "servers after Ctrl+C");
            Assert.False(File.Exists(Path.Combine(_data.Path, AdvertisedEndpoints.FileName)));
        }

        var cluster = Path.Combine(_data.Path, "postgres", "data", "PG_VERSION");
        var clusterCreated = File.GetLastWriteTimeUtc(cluster);

        // 3. Second start reuses the data folder; then the AppHost is killed outright (SIGKILL).
        var second = Start();
        {
            await WaitUntilHealthyAsync(second, "second start");
            Assert.Equal(clusterCreated, File.GetLastWriteTimeUtc(cluster));
            var services = ServiceProcessesOf(second.Id);
            second.Kill();
            second.WaitForExit();
            await WaitUntilGoneAsync(services, "services after SIGKILL");
            await WaitUntilGoneAsync(ServerProcesses(), "servers after SIGKILL");
        }

        // 4. A start after the kill: no orphan holds a port or the data folder.
        var third = Start();
        await WaitUntilHealthyAsync(third, "start after SIGKILL");
        Signal(third.Id, "INT");
        AssertStopsWithinLimit(third);
        await WaitUntilGoneAsync(ServerProcesses(), "servers after the last Ctrl+C");
    }

    public void Dispose()
    {
        foreach (var apphost in _started)
        {
            if (!apphost.HasExited)
            {
                // As Ctrl+C would, so it stops its stack; killed if it does not within the limit.
                Signal(apphost.Id, "TERM");
                if (!apphost.WaitForExit(ExitLimit))
                {
                    apphost.Kill(entireProcessTree: true);
                }
            }

            apphost.Dispose();
        }

        _data.Dispose();
    }

    private Process Start()
    {
        // Through env --default-signal=INT: a test run started in the background (nohup, `&` in a script) passes SIGINT
        // down ignored, and .NET leaves an ignored SIGINT ignored, so Ctrl+C would never reach the AppHost. env execs
        // dotnet in its own process, so the id is the AppHost's.
        var start = new ProcessStartInfo("/usr/bin/env")
        {
            WorkingDirectory = RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(Path.Combine(RepositoryRoot, "AppHost", "bin", Configuration, "net10.0", "Hemit.AppHost.dll"));
        // What the http launch profile sets, with free ports so this never meets a developer's running stack.
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        start.Environment["DcpPublisher__RandomizePorts"] = "true";
        start.Environment["HEMIT_DATA_DIR"] = _data.Path;
        var process = Process.Start(start)!;
        _started.Add(process);
        // Read the AppHost's output, so a full pipe never blocks it; only its tail is kept, for a stop that hangs.
        var tail = new ConcurrentQueue<string>();
        _outputTails[process.Id] = tail;
        void Keep(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is null)
            {
                return;
            }

            tail.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {line.Data}");
            while (tail.Count > 200 && tail.TryDequeue(out _))
            {
            }
        }

        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Ctrl+C stops the AppHost within the limit; if not, the failure shows what still runs and what it last said.</summary>
    private void AssertStopsWithinLimit(Process appHost)
    {
        var clock = Stopwatch.StartNew();
        if (appHost.WaitForExit(ExitLimit))
        {
            output.WriteLine($"stopped {clock.Elapsed.TotalSeconds:0.0} s after Ctrl+C");
            return;
        }

        var running = ProcessTable.Read()
            .Where(p => p.CommandLine.Contains(_data.Path, StringComparison.Ordinal) || p.CommandLine.Contains("/net10.0/Hemit.", StringComparison.Ordinal)
                        || p.CommandLine.Contains($"--monitor {appHost.Id}", StringComparison.Ordinal))
            .Select(p => $"{p.Pid} {p.CommandLine[..Math.Min(p.CommandLine.Length, 160)]}");
        Assert.Fail($"the AppHost did not stop within {ExitLimit.TotalSeconds:0} s of Ctrl+C.\nStill running:\n{string.Join('\n', running)}\n" +
                    $"Its last output:\n{string.Join('\n', _outputTails[appHost.Id])}");
    }

    private async Task WaitUntilHealthyAsync(Process appHost, string what)
    {
        var clock = Stopwatch.StartNew();
        var path = Path.Combine(_data.Path, AdvertisedEndpoints.FileName);
        await Eventually.ReachAsync(
            () => Task.FromResult(File.Exists(path) ? AdvertisedEndpoints.FromJson(File.ReadAllText(path)) : null),
            endpoints => endpoints is { } e && e.AppHostPid == appHost.Id
                && e.Resources.Count(r => r.Health == "Healthy") >= 16
                && e.Resources.Where(r => r.Type is "Project").All(r => r.Health == "Healthy"),
            $"every resource healthy ({what})",
            HealthyLimit);
        output.WriteLine($"{what}: every resource healthy after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private async Task<(int ExitCode, string Text)> RunCliAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "hemit.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["HEMIT_DATA_DIR"] = _data.Path;
        start.Environment["COLUMNS"] = "200";
        using var cli = Process.Start(start)!;
        var text = await cli.StandardOutput.ReadToEndAsync() + await cli.StandardError.ReadToEndAsync();
        await cli.WaitForExitAsync();
        output.WriteLine(text);
        return (cli.ExitCode, text);
    }

    /// <summary>The services DCP started for this AppHost: the Hemit.* programs below its orchestrator.</summary>
    private static List<int> ServiceProcessesOf(int appHostPid)
    {
        var all = ProcessTable.Read();
        var orchestrator = all.Where(p => p.CommandLine.Contains($"--monitor {appHostPid}", StringComparison.Ordinal)).Select(p => p.Pid).ToHashSet();
        var below = new HashSet<int>(orchestrator);
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var process in all.Where(p => below.Contains(p.Parent) && below.Add(p.Pid)))
            {
                grew = true;
            }
        }

        return all.Where(p => below.Contains(p.Pid) && p.CommandLine.Contains("/bin/" + Configuration + "/net10.0/Hemit.", StringComparison.Ordinal))
            .Select(p => p.Pid).ToList();
    }

    /// <summary>PostgreSQL and RabbitMQ processes (and RabbitMQ's epmd) running on this test's data folder.</summary>
    private List<int> ServerProcesses() => ProcessTable.Mentioning(_data.Path);

    private static async Task WaitUntilGoneAsync(List<int> pids, string what) =>
        await Eventually.ReachAsync(
            () => Task.FromResult(pids.Where(ProcessTable.IsRunning).ToList()),
            running => running.Count == 0,
            $"no process left: {what}",
            ExitLimit);

    private static void Signal(int pid, string signal)
    {
        using var kill = Process.Start("/bin/kill", ["-s", signal, pid.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private const string Configuration = PlatformStack.BuildConfiguration;

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Hemit.Platform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Hemit.Platform.sln not found above the test assembly.");
    }
}
