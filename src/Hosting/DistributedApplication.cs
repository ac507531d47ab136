using System.Runtime.InteropServices;
using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.Orchestration;
using Hemit.Hosting.Resources;

namespace Hemit.Hosting;

/// <summary>
/// The application described by a builder, ready to run. <see cref="Run"/> is for the AppHost program (Ctrl+C and
/// SIGTERM stop it); <see cref="StartAsync"/> and <see cref="StopAsync"/> are for tests and fixtures.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly Orchestrator _orchestrator;

    internal DistributedApplication(IDistributedApplicationBuilder builder)
    {
        Resources = [.. builder.Resources];
        _orchestrator = new Orchestrator(builder);
    }

    public static IDistributedApplicationBuilder CreateBuilder(string[] args) =>
        new DistributedApplicationBuilder(new DistributedApplicationOptions { Args = args });

    public static IDistributedApplicationBuilder CreateBuilder(DistributedApplicationOptions options) =>
        new DistributedApplicationBuilder(options);

    public IReadOnlyList<IResource> Resources { get; }

    /// <summary>State, health and console output of every resource; what the dashboard feed serves.</summary>
    public IResourceMonitor ResourceMonitor => _orchestrator.Monitor;

    public string DataDirectory => _orchestrator.DataDirectory;

    /// <summary>URL of the hemit.dashboard.v1.DashboardService this host serves (DOTNET_RESOURCE_SERVICE_ENDPOINT_URL), once started.</summary>
    public string? ResourceServiceUrl => _orchestrator.ResourceServiceUrl;

    /// <summary>The dashboard's login link (<c>/login?t=…</c>), or null when the application has no dashboard.</summary>
    public string? DashboardLoginUrl => _orchestrator.BrowserLoginUrl();

    /// <summary>Runs until Ctrl+C or SIGTERM, then stops everything. Problems are printed and set a non-zero exit code.</summary>
    public void Run()
    {
        try
        {
            RunAsync().GetAwaiter().GetResult();
        }
        catch (DistributedApplicationException exception)
        {
            Console.Error.WriteLine(exception.Message);
            Environment.ExitCode = 1;
        }
    }

    /// <summary>Runs until Ctrl+C, SIGTERM or <paramref name="cancellationToken"/>; throws when a server cannot start.</summary>
    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        void RequestShutdown(PosixSignalContext context)
        {
            context.Cancel = true;
            shutdown.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestShutdown);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestShutdown);
        using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, RequestShutdown);
        try
        {
            await _orchestrator.StartAsync(shutdown.Token);
            var stopRequested = Task.Delay(Timeout.Infinite, shutdown.Token);
            var finished = await Task.WhenAny(stopRequested, _orchestrator.ServerFailure);
            if (finished == _orchestrator.ServerFailure)
            {
                throw new DistributedApplicationException(await _orchestrator.ServerFailure);
            }
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            // Ctrl+C, SIGTERM or the caller: stop below.
        }
        finally
        {
            await _orchestrator.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Starts every resource and returns when all are healthy. When one fails to start (or the token is cancelled
    /// first) everything already started is stopped again before the exception is thrown.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _orchestrator.StartAsync(cancellationToken);
            await _orchestrator.AllHealthy.WaitAsync(cancellationToken);
        }
        catch
        {
            await _orchestrator.StopAsync(CancellationToken.None);
            throw;
        }
    }

    /// <summary>Stops projects, then databases and servers, cleanly; waits until they are gone.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) => _orchestrator.StopAsync(cancellationToken);

    public Task WaitForResourceHealthyAsync(string resourceName, CancellationToken cancellationToken = default) =>
        _orchestrator.WaitForHealthyAsync(resourceName, cancellationToken);

    /// <summary>The connection string a project referencing <paramref name="resourceName"/> receives.</summary>
    public string GetConnectionString(string resourceName) =>
        Resources.FirstOrDefault(r => r.Name == resourceName) is IResourceWithConnectionString resource
            ? resource.GetConnectionString()
            : throw new ArgumentException($"There is no resource named '{resourceName}' with a connection string.", nameof(resourceName));

    /// <summary>The URL of one endpoint of a resource ("http", "grpc", "tcp", "amqp").</summary>
    public Uri GetEndpoint(string resourceName, string endpointName = ProjectResource.HttpEndpointName) =>
        Resources.FirstOrDefault(r => r.Name == resourceName) is Resource resource
            ? new Uri(resource.GetEndpoint(endpointName).Url)
            : throw new ArgumentException($"There is no resource named '{resourceName}'.", nameof(resourceName));

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>For tests: as if the host were killed; everything it started keeps running.</summary>
    internal Task AbandonAsync() => _orchestrator.AbandonAsync();
}
