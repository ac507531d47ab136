using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.DataFolders;
using Hemit.Hosting.EnvironmentContract;
using Hemit.Hosting.Orchestration;
using Hemit.Hosting.Processes;
using Hemit.Hosting.Resources;
using Hemit.Hosting.Restarts;

namespace Hemit.Hosting.Projects;

/// <summary>
/// Runs a project's built assembly with <c>dotnet</c>, in its own process group. A project that exits without being
/// asked is restarted after an exponential backoff; a person can stop, start and restart it.
/// </summary>
internal sealed class ProjectRunner : IResourceRunner, IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(10);
    private static readonly HttpClient HealthClient = new() { Timeout = TimeSpan.FromSeconds(3) };

    private readonly ProjectResource _resource;
    private readonly ResourceContext _context;
    private readonly Func<IReadOnlyList<EnvironmentVariable>> _environment;
    private readonly RestartBackoff _backoff;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ChildProcess? _process;
    private CancellationTokenSource _pendingRestart = new();
    private bool _wantRunning;

    public ProjectRunner(ProjectResource resource, ResourceContext context, Func<IReadOnlyList<EnvironmentVariable>> environment)
    {
        _resource = resource;
        _context = context;
        _environment = environment;
        _backoff = new RestartBackoff(context.TimeProvider);
    }

    public IResource Resource => _resource;

    public IReadOnlyList<ResourceCommand> Commands => _process is null
        ? [ResourceCommand.Start]
        : [ResourceCommand.Stop, ResourceCommand.Restart];

    public IEnumerable<string> FindMissingPrerequisites()
    {
        if (ProjectOutput.FindProblem(_resource.Name, _resource.Metadata) is { } problem)
        {
            yield return problem;
        }
    }

    public Task RecoverAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _wantRunning = true;
            _backoff.Reset();
            if (_process is null)
            {
                Launch();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<bool> CheckHealthAsync(CancellationToken cancellationToken)
    {
        if (_process is not { HasExited: false })
        {
            return false;
        }

        try
        {
            var http = _resource.GetEndpoint(ProjectResource.HttpEndpointName);
            if (_resource.HealthCheckPath is not { } path)
            {
                if (!await Ports.TcpProbe.AcceptsAsync(EndpointAnnotation.Host, http.Port, TimeSpan.FromSeconds(3), cancellationToken))
                {
                    return false;
                }
            }
            else
            {
                using var response = await HealthClient.GetAsync(http.Url + path, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    return false;
                }
            }

            _backoff.RecordHealthy();
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            await StopProcessAsync(ResourceState.Stopped);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ExecuteCommandAsync(ResourceCommand command, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            switch (command)
            {
                case ResourceCommand.Stop:
                    await StopProcessAsync(ResourceState.Stopped);
                    break;
                case ResourceCommand.Start:
                    _wantRunning = true;
                    _backoff.Reset();
                    if (_process is null)
                    {
                        CancelPendingRestart();
                        Launch();
                    }

                    break;
                case ResourceCommand.Restart:
                    await StopProcessAsync(ResourceState.Stopped);
                    _wantRunning = true;
                    _backoff.Reset();
                    Launch();
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown command.");
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        _pendingRestart.Dispose();
        _gate.Dispose();
    }

    /// <summary>Starts one process; the caller holds the gate.</summary>
    private void Launch()
    {
        var variables = _environment();
        var assembly = ProjectOutput.AssemblyPath(_resource.Metadata);
        if (ProjectOutput.FindProblem(_resource.Name, _resource.Metadata) is { } problem)
        {
            throw new DistributedApplicationException(problem);
        }

        var process = ChildProcess.Start(
            new ProcessLaunch(
                DotnetHost.Find(),
                [assembly],
                ProjectOutput.ProjectDirectory(_resource.Metadata),
                variables.ToDictionary(v => v.Name, v => v.Value)),
            (line, isError) => _context.WriteLine(line, isError));
        _process = process;
        _context.State.RecordProcess(new RecordedProcess(_resource.Name, process.ProcessId, process.StartTime));
        _context.SaveState();
        _context.Update(s => s with
        {
            State = ResourceState.Running,
            Health = ResourceHealth.Unknown,
            ProcessId = process.ProcessId,
            ExitCode = null,
            StartedAt = _context.TimeProvider.GetUtcNow(),
            Commands = Commands,
        });
        _ = SuperviseAsync(process);
    }

    private async Task SuperviseAsync(ChildProcess process)
    {
        var exitCode = await process.Exited;
        TimeSpan delay;
        CancellationToken restartToken;
        await _gate.WaitAsync();
        try
        {
            if (!ReferenceEquals(process, _process))
            {
                return; // Stopped on purpose; StopProcessAsync has already reported it.
            }

            await process.StopAsync(TimeSpan.Zero); // Whatever it left in its group goes with it.
            await process.DisposeAsync();
            _process = null;
            _context.State.ForgetProcess(_resource.Name, process.ProcessId);
            _context.SaveState();
            delay = _backoff.NextDelay();
            _context.WriteLine($"Exited unexpectedly with code {exitCode}; restarting in {delay.TotalSeconds:0} s.", isError: true);
            _context.Update(s => s with
            {
                State = ResourceState.Exited,
                Health = ResourceHealth.Unhealthy,
                ExitCode = exitCode,
                ProcessId = null,
                Commands = Commands,
            });
            restartToken = _pendingRestart.Token;
        }
        finally
        {
            _gate.Release();
        }

        try
        {
            await Task.Delay(delay, _context.TimeProvider, restartToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await _gate.WaitAsync();
        try
        {
            if (_wantRunning && _process is null && !restartToken.IsCancellationRequested)
            {
                _context.Update(s => s with { Restarts = s.Restarts + 1 });
                try
                {
                    Launch();
                }
                catch (DistributedApplicationException exception)
                {
                    _context.WriteLine(exception.Message, isError: true);
                    _context.Update(s => s with { State = ResourceState.FailedToStart, Commands = Commands });
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>SIGTERM to the project's process group, SIGKILL after the grace period; the caller holds the gate.</summary>
    private async Task StopProcessAsync(ResourceState finalState)
    {
        _wantRunning = false;
        CancelPendingRestart();
        if (_process is not { } process)
        {
            if (_context.Snapshot.State is ResourceState.Exited or ResourceState.Running or ResourceState.Starting)
            {
                _context.Update(s => s with { State = finalState, Commands = Commands });
            }

            return;
        }

        _process = null;
        _context.Update(s => s with { State = ResourceState.Stopping });
        await process.StopAsync(StopGrace);
        var exitCode = process.Exited.IsCompleted ? await process.Exited : (int?)null;
        await process.DisposeAsync();
        _context.State.ForgetProcess(_resource.Name, process.ProcessId);
        _context.SaveState();
        _context.Update(s => s with
        {
            State = finalState,
            Health = ResourceHealth.Unknown,
            ProcessId = null,
            ExitCode = exitCode,
            Commands = Commands,
        });
    }

    private void CancelPendingRestart()
    {
        _pendingRestart.Cancel();
        _pendingRestart.Dispose();
        _pendingRestart = new CancellationTokenSource();
    }
}
