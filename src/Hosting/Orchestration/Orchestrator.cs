using System.Diagnostics;
using System.Security.Cryptography;
using Hemit.Hosting.Advertising;
using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.DataFolders;
using Hemit.Hosting.EnvironmentContract;
using Hemit.Hosting.Ordering;
using Hemit.Hosting.Ports;
using Hemit.Hosting.Processes;
using Hemit.Hosting.Projects;
using Hemit.Hosting.Resources;
using Hemit.Hosting.ResourceService;
using Hemit.Hosting.Servers.Postgres;
using Hemit.Hosting.Servers.RabbitMQ;
using Hemit.Hosting.Terminal;

namespace Hemit.Hosting.Orchestration;

/// <summary>
/// Runs the application: recovers what a killed run left, allocates ports, starts every resource once what it waits
/// for is healthy, watches health, serves the resource feed, and stops everything in reverse order.
/// </summary>
internal sealed class Orchestrator
{
    private const string HostResourceName = "apphost";
    private static readonly TimeSpan HealthIntervalWhileStarting = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan HealthInterval = TimeSpan.FromSeconds(2);

    private readonly IReadOnlyList<IResource> _resources;
    private readonly DistributedApplicationOptions _options;
    private readonly Microsoft.Extensions.Configuration.IConfiguration _configuration;
    private readonly string? _argumentProblem;
    private readonly Dictionary<ProjectResource, Func<IReadOnlyList<EnvironmentVariable>>> _environmentSources = [];
    private readonly TimeProvider _timeProvider = TimeProvider.System;
    private readonly Dictionary<IResource, TaskCompletionSource> _healthy = [];
    private readonly Dictionary<IResource, IResourceRunner> _runners = [];
    private readonly List<Task> _lifecycles = [];
    private readonly CancellationTokenSource _lifetime = new();
    private readonly TaskCompletionSource<string> _serverFailure = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch _sinceStart = new();
    private readonly TaskCompletionSource _allHealthy = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private StartOrder? _order;
    private EnvironmentContext _environmentContext;
    private DataFolder? _dataFolder;
    private HostingState? _state;
    private ResourceServiceHost? _resourceService;
    private ConsoleReporter? _reporter;
    private EndpointsAdvertiser? _advertiser;
    private Task? _stopping;
    private int _started;

    public Orchestrator(IDistributedApplicationBuilder builder)
    {
        _resources = builder.Resources;
        _options = builder.Options;
        _configuration = builder.Configuration;
        _argumentProblem = (builder as DistributedApplicationBuilder)?.ArgumentProblem;
        DataDirectory = builder.DataDirectory;
        Verbose = builder.Verbose;
        Monitor = new ResourceMonitor(_timeProvider);
        _environmentContext = new EnvironmentContext(DataDirectory, _options.ApplicationName);
        var createdAt = _timeProvider.GetUtcNow();
        foreach (var resource in _resources)
        {
            _healthy[resource] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Monitor.Register(new ResourceSnapshot(
                resource.Name,
                resource.ResourceType,
                ResourceState.NotStarted,
                ResourceHealth.Unknown,
                [],
                new Dictionary<string, string>(),
                new HashSet<string>(),
                Restarts: 0,
                ProcessId: null,
                ExitCode: null,
                createdAt,
                StartedAt: null,
                WaitsFor: [],
                Commands: []));
        }
    }

    public ResourceMonitor Monitor { get; }

    public string DataDirectory { get; }

    public bool Verbose { get; }

    public string? ResourceServiceUrl { get; private set; }

    /// <summary>Completes when every resource has been healthy once; faults when one failed to start.</summary>
    public Task AllHealthy => _allHealthy.Task;

    /// <summary>Completes with the reason when a server (not a project) failed to start: nothing can run without it.</summary>
    public Task<string> ServerFailure => _serverFailure.Task;

    public TimeSpan SinceStart => _sinceStart.Elapsed;

    /// <summary>Prepares and launches everything; returns once every resource is on its way (not yet healthy).</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("The application was already started.");
        }

        _sinceStart.Start();
        if (_argumentProblem is not null)
        {
            throw new DistributedApplicationException(_argumentProblem);
        }

        _order = StartOrder.Create(_resources);
        _dataFolder = DataFolder.Open(DataDirectory);
        try
        {
            _state = HostingState.Load(_dataFolder.StateFile);
            _environmentContext = CreateEnvironmentContext();
            foreach (var resource in _resources)
            {
                _runners[resource] = CreateRunner(resource);
            }

            var missing = _runners.Values.SelectMany(r => r.FindMissingPrerequisites()).Distinct().ToList();
            if (missing.Count > 0)
            {
                throw new DistributedApplicationException(string.Join(Environment.NewLine, missing));
            }

            await StopLeftoverProjectsAsync(cancellationToken);
            foreach (var runner in _runners.Values)
            {
                await runner.RecoverAsync(cancellationToken);
            }

            var allocator = AllocatePorts(_state);
            if (_options.ServeResourceService)
            {
                var key = HostingState.PortKey(HostResourceName, "resource-service");
                var port = allocator.Allocate(_state.Ports.GetValueOrDefault(key) is > 0 and var recorded ? recorded : null);
                _state.Ports[key] = port;
                _resourceService = await ResourceServiceHost.StartAsync(Monitor, _options.ApplicationName, port, cancellationToken);
                ResourceServiceUrl = _resourceService.Url;
                _environmentContext = _environmentContext with { ResourceServiceUrl = ResourceServiceUrl };
            }

            _state.Save(_dataFolder.StateFile);
            PublishEndpointsAndWaits();

            Monitor.CommandHandler = ExecuteCommandAsync;
            if (_options.ShowConsoleOutput)
            {
                _reporter = new ConsoleReporter(this, _options, Verbose, BrowserLoginUrl());
                _reporter.Start();
            }

            if (_options.AdvertiseEndpoints)
            {
                _advertiser = new EndpointsAdvertiser(Monitor, _dataFolder.Path);
                _advertiser.Start();
            }

            foreach (var resource in _order.Sequence)
            {
                _lifecycles.Add(RunLifecycleAsync(resource, _lifetime.Token));
            }

            _ = ReportAllHealthyAsync();
        }
        catch
        {
            // Undo what started; the original failure is what the caller must see.
            try
            {
                await StopAsync(CancellationToken.None);
            }
            catch (Exception stopFailure)
            {
                Console.Error.WriteLine($"Cleaning up after a failed start also failed: {stopFailure.Message}");
            }

            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_lifetime)
        {
            return _stopping ??= StopCoreAsync(cancellationToken);
        }
    }

    /// <summary>
    /// For tests: behave as if this host were killed. Servers and projects keep running, the data folder is released,
    /// nothing is stopped; a later StopAsync does nothing.
    /// </summary>
    internal async Task AbandonAsync()
    {
        lock (_lifetime)
        {
            _stopping ??= Task.CompletedTask;
        }

        await _lifetime.CancelAsync();
        await Task.WhenAll(_lifecycles);
        await Safely(_reporter is null ? null : _reporter.DisposeAsync);
        await Safely(_advertiser is null ? null : _advertiser.DisposeAsync);
        await Safely(_resourceService is null ? null : _resourceService.DisposeAsync);
        _dataFolder?.Dispose();
    }

    public Task WaitForHealthyAsync(string resourceName, CancellationToken cancellationToken)
    {
        var resource = _resources.FirstOrDefault(r => r.Name == resourceName)
            ?? throw new ArgumentException($"There is no resource named '{resourceName}'.", nameof(resourceName));
        return _healthy[resource].Task.WaitAsync(cancellationToken);
    }

    public async Task ExecuteCommandAsync(string resourceName, ResourceCommand command, CancellationToken cancellationToken)
    {
        var runner = _runners.Values.FirstOrDefault(r => r.Resource.Name == resourceName)
            ?? throw new DistributedApplicationException($"There is no resource named '{resourceName}'.");
        if (!runner.Commands.Contains(command))
        {
            throw new DistributedApplicationException(
                $"'{resourceName}' does not accept '{command.ToString().ToLowerInvariant()}' now; it accepts: {string.Join(", ", runner.Commands).ToLowerInvariant()}.");
        }

        await runner.ExecuteCommandAsync(command, cancellationToken);
        Monitor.Update(resourceName, s => s with { Commands = runner.Commands });
    }

    /// <summary>Like Task.WhenAll, but fails as soon as one resource fails instead of waiting for the others.</summary>
    private async Task ReportAllHealthyAsync()
    {
        var pending = _healthy.Values.Select(h => h.Task).ToList();
        while (pending.Count > 0)
        {
            var finished = await Task.WhenAny(pending);
            if (finished.IsFaulted)
            {
                _allHealthy.TrySetException(finished.Exception!.InnerExceptions);
                return;
            }

            pending.Remove(finished);
        }

        _allHealthy.TrySetResult();
    }

    private async Task StopCoreAsync(CancellationToken cancellationToken)
    {
        _reporter?.BeginStopping();
        await _lifetime.CancelAsync();
        await Task.WhenAll(_lifecycles);

        // Projects first (they use everything else), then the rest in reverse start order, each group in parallel.
        var projects = _runners.Values.Where(r => r.Resource is ProjectResource).ToList();
        await Task.WhenAll(projects.Select(r => StopResourceAsync(r, cancellationToken)));
        if (_order is not null)
        {
            foreach (var wave in _order.Waves().Reverse())
            {
                await Task.WhenAll(wave.Where(r => r is not ProjectResource && _runners.ContainsKey(r))
                    .Select(r => StopResourceAsync(_runners[r], cancellationToken)));
            }
        }

        await Safely(_reporter is null ? null : _reporter.DisposeAsync);
        await Safely(_advertiser is null ? null : _advertiser.DisposeAsync);
        await Safely(_resourceService is null ? null : _resourceService.DisposeAsync);
        await Safely(_state is null || _dataFolder is null ? null : () =>
        {
            _state.Save(_dataFolder.StateFile);
            return ValueTask.CompletedTask;
        });
        _dataFolder?.Dispose();
    }

    /// <summary>One failing part of shutdown must not keep the others (and the data folder lock) from being released.</summary>
    private static async Task Safely(Func<ValueTask>? step)
    {
        if (step is null)
        {
            return;
        }

        try
        {
            await step();
        }
        catch (Exception exception)
        {
            Console.Error.WriteLine($"During shutdown: {exception.Message}");
        }
    }

    private async Task StopResourceAsync(IResourceRunner runner, CancellationToken cancellationToken)
    {
        var name = runner.Resource.Name;
        if (Monitor.Get(name).State is ResourceState.NotStarted)
        {
            return;
        }

        Monitor.Update(name, s => s.State is ResourceState.Running or ResourceState.Starting or ResourceState.Waiting
            ? s with { State = ResourceState.Stopping }
            : s);
        try
        {
            await runner.StopAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            Monitor.WriteLine(name, $"Stopping failed: {exception.Message}", isError: true);
        }

        Monitor.Update(name, s => s with
        {
            State = s.State is ResourceState.FailedToStart ? s.State : ResourceState.Stopped,
            Health = ResourceHealth.Unknown,
            ProcessId = null,
            Commands = [],
        });
    }

    private async Task RunLifecycleAsync(IResource resource, CancellationToken cancellationToken)
    {
        var runner = _runners[resource];
        try
        {
            var dependencies = _order!.DependenciesOf(resource);
            if (dependencies.Count > 0)
            {
                Monitor.Update(resource.Name, s => s with { State = ResourceState.Waiting });
                foreach (var dependency in dependencies)
                {
                    try
                    {
                        await _healthy[dependency].Task.WaitAsync(cancellationToken);
                    }
                    catch (DistributedApplicationException)
                    {
                        throw new DistributedApplicationException($"'{resource.Name}' did not start: '{dependency.Name}', which it waits for, failed to start.");
                    }
                }
            }

            Monitor.Update(resource.Name, s => s with { State = ResourceState.Starting });
            await runner.StartAsync(cancellationToken);
            Monitor.Update(resource.Name, s => s with
            {
                State = s.State is ResourceState.Starting ? ResourceState.Running : s.State,
                StartedAt = s.StartedAt ?? _timeProvider.GetUtcNow(),
                Commands = runner.Commands,
            });
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception exception)
        {
            var reason = exception is DistributedApplicationException ? exception.Message : exception.ToString();
            Monitor.WriteLine(resource.Name, reason, isError: true);
            Monitor.Update(resource.Name, s => s with { State = ResourceState.FailedToStart, Health = ResourceHealth.Unhealthy, Commands = runner.Commands });
            _healthy[resource].TrySetException(new DistributedApplicationException(reason));
            if (resource is not ProjectResource)
            {
                _serverFailure.TrySetResult(reason);
                return;
            }

            // A person may still start the project by command once the cause is fixed; then its health is watched.
        }

        await WatchHealthAsync(resource, runner, cancellationToken);
    }

    private async Task WatchHealthAsync(IResource resource, IResourceRunner runner, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (Monitor.Get(resource.Name).State is ResourceState.Running)
            {
                bool healthy;
                try
                {
                    healthy = await runner.CheckHealthAsync(cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    Monitor.WriteLine(resource.Name, $"Health check failed: {exception.Message}", isError: true);
                    healthy = false;
                }

                Monitor.Update(resource.Name, s => s.State is ResourceState.Running
                    ? s with { Health = healthy ? ResourceHealth.Healthy : ResourceHealth.Unhealthy }
                    : s);
                if (healthy)
                {
                    _healthy[resource].TrySetResult();
                }
            }

            var interval = _healthy[resource].Task.IsCompletedSuccessfully ? HealthInterval : HealthIntervalWhileStarting;
            try
            {
                await Task.Delay(interval, _timeProvider, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private IResourceRunner CreateRunner(IResource resource)
    {
        var context = new ResourceContext(resource.Name, Monitor, _dataFolder!, _state!, _timeProvider, _configuration);
        return resource switch
        {
            PostgresServerResource postgres => new PostgresServerRunner(postgres, context),
            PostgresDatabaseResource database => new PostgresDatabaseRunner(database, context),
            RabbitMQServerResource rabbit => new RabbitMQServerRunner(rabbit, context),
            ProjectResource project => new ProjectRunner(project, context, CreateEnvironmentSource(project)),
            _ => throw new DistributedApplicationException($"Resource '{resource.Name}' of type {resource.GetType().Name} cannot be run by this host."),
        };
    }

    /// <summary>One source per project: the instance id stays the same across its restarts within this run.</summary>
    private Func<IReadOnlyList<EnvironmentVariable>> CreateEnvironmentSource(ProjectResource project)
    {
        var instanceId = $"{project.Name}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
        Func<IReadOnlyList<EnvironmentVariable>> source = () => ProjectEnvironment.Build(project, _environmentContext, instanceId);
        _environmentSources[project] = source;
        return source;
    }

    /// <summary>
    /// With a dashboard resource, projects export to its OTLP endpoint with a fresh API key. Without one, an OTLP
    /// receiver named like Aspire's (DOTNET_DASHBOARD_OTLP_ENDPOINT_URL, AppHost:OtlpApiKey) is used when configured.
    /// </summary>
    private EnvironmentContext CreateEnvironmentContext()
    {
        var hasDashboard = _resources.OfType<ProjectResource>().Any(p => p.IsDashboard);
        if (hasDashboard)
        {
            return new EnvironmentContext(DataDirectory, _options.ApplicationName, OtlpApiKey: NewSecret(), BrowserToken: NewSecret());
        }

        var configuredEndpoint = _configuration["DOTNET_DASHBOARD_OTLP_ENDPOINT_URL"];
        return new EnvironmentContext(
            DataDirectory,
            _options.ApplicationName,
            OtlpEndpoint: string.IsNullOrWhiteSpace(configuredEndpoint) ? null : configuredEndpoint,
            OtlpApiKey: string.IsNullOrWhiteSpace(_configuration["AppHost:OtlpApiKey"]) ? null : _configuration["AppHost:OtlpApiKey"]);
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>The dashboard's login link with its browser token, or null without a dashboard.</summary>
    public string? BrowserLoginUrl()
    {
        var dashboard = _resources.OfType<ProjectResource>().FirstOrDefault(p => p.IsDashboard);
        return dashboard is null || _environmentContext.BrowserToken is not { } token
            ? null
            : $"{dashboard.GetEndpoint(ProjectResource.HttpEndpointName).Url}/login?t={token}";
    }

    /// <summary>Ports recorded last time are reused when still free; fixed ports must be free; the rest are new.</summary>
    private PortAllocator AllocatePorts(HostingState state)
    {
        var allocator = new PortAllocator(state.Ports.Values);
        foreach (var resource in _resources.OfType<IResourceWithEndpoints>())
        {
            foreach (var endpoint in resource.Endpoints)
            {
                var key = HostingState.PortKey(resource.Name, endpoint.Name);
                endpoint.AllocatedPort = endpoint.FixedPort is { } fixedPort
                    ? allocator.AllocateFixed(fixedPort, $"{resource.Name}/{endpoint.Name}")
                    : allocator.Allocate(state.Ports.TryGetValue(key, out var recorded) ? recorded : endpoint.PreferredPort);
                state.Ports[key] = endpoint.AllocatedPort.Value;
            }
        }

        return allocator;
    }

    /// <summary>Once ports are known: each snapshot gets its URLs, its environment (secrets masked) and what it waits for.</summary>
    private void PublishEndpointsAndWaits()
    {
        var dashboard = _resources.OfType<ProjectResource>().FirstOrDefault(p => p.IsDashboard);
        if (dashboard is not null)
        {
            _environmentContext = _environmentContext with
            {
                OtlpEndpoint = dashboard.GetEndpoint(DashboardBuilderExtensions.OtlpGrpcEndpointName).Url,
            };
        }

        foreach (var resource in _resources)
        {
            var endpoints = resource is IResourceWithEndpoints withEndpoints
                ? withEndpoints.Endpoints.Where(e => !e.IsInternal).Select(e => new ResourceEndpoint(e.Name, e.Url)).ToList()
                : [];
            if (endpoints.Count == 0 && resource is IResourceWithConnectionString { } external
                && resource is PostgresServerResource { IsExternal: true } or RabbitMQServerResource { IsExternal: true })
            {
                endpoints.Add(new ResourceEndpoint("external", MaskedConnectionTarget(external)));
            }

            var waitsFor = _order!.DependenciesOf(resource).Select(d => d.Name).ToList();
            var environment = resource is ProjectResource project ? EnvironmentSnapshot.From(_environmentSources[project]()) : null;
            Monitor.Update(resource.Name, s => s with
            {
                Endpoints = endpoints,
                WaitsFor = waitsFor,
                Environment = environment?.Values ?? s.Environment,
                SecretVariables = environment?.SecretVariables ?? s.SecretVariables,
            });
        }
    }

    /// <summary>Where a supplied server is, without its password.</summary>
    private static string MaskedConnectionTarget(IResourceWithConnectionString resource)
    {
        if (resource is RabbitMQServerResource rabbit)
        {
            var (host, port) = AmqpProbe.ParseEndpoint(rabbit.GetConnectionString());
            return $"amqp://{host}:{port}";
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(resource.GetConnectionString());
        return $"tcp://{builder.Host}:{builder.Port}";
    }

    /// <summary>Projects a killed run launched are still running: stop their process groups (pid and start time must both match).</summary>
    private async Task StopLeftoverProjectsAsync(CancellationToken cancellationToken)
    {
        var leftovers = _state!.TakeRecordedProcesses()
            .Where(p => Posix.IsAlive(p.ProcessId) && ProcessTable.ReadStartTime(p.ProcessId) == p.StartTime)
            .ToList();
        foreach (var leftover in leftovers)
        {
            if (_resources.Any(r => r.Name == leftover.Resource))
            {
                Monitor.WriteLine(leftover.Resource, $"Stopping process {leftover.ProcessId} left running by an earlier run.", isError: false);
            }

            Posix.SignalGroup(leftover.ProcessId, Posix.SIGTERM);
        }

        var deadline = _timeProvider.GetUtcNow() + TimeSpan.FromSeconds(10);
        while (leftovers.Any(p => Posix.IsAlive(p.ProcessId)) && _timeProvider.GetUtcNow() < deadline)
        {
            await Task.Delay(100, cancellationToken);
        }

        foreach (var leftover in leftovers)
        {
            Posix.SignalGroup(leftover.ProcessId, Posix.SIGKILL);
        }

        _state.Save(_dataFolder!.StateFile);
    }
}
