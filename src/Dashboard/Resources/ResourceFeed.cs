using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Grpc.Core;
using Grpc.Net.Client;
using Hemit.Contracts.Dashboard.V1;
using Hemit.Dashboard.Configuration;
using Microsoft.Extensions.Options;

namespace Hemit.Dashboard.Resources;

/// <summary>
/// The dashboard's client of the AppHost's <c>hemit.dashboard.v1.DashboardService</c>: keeps the current
/// resources (state, health, endpoints, environment, restarts) from WatchResources, reconnecting when the
/// AppHost restarts, and opens console-log streams and runs commands for the pages.
/// </summary>
public sealed class ResourceFeed : BackgroundService
{
    public const string ApiKeyHeader = "x-resource-service-api-key";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    private readonly ILogger<ResourceFeed> logger;
    private readonly GrpcChannel? channel;
    private readonly DashboardService.DashboardServiceClient? client;
    private readonly Metadata headers = [];
    private ImmutableSortedDictionary<string, Resource> resources = ImmutableSortedDictionary.Create<string, Resource>(StringComparer.OrdinalIgnoreCase);

    public ResourceFeed(DashboardEndpoints endpoints, IOptions<DashboardOptions> options, ILogger<ResourceFeed> logger)
    {
        this.logger = logger;
        Endpoint = endpoints.ResourceService;
        if (Endpoint is null)
        {
            State = ResourceFeedState.NotConfigured;
            return;
        }

        var clientOptions = options.Value.ResourceServiceClient;
        if (clientOptions.SendsApiKey)
        {
            headers.Add(ApiKeyHeader, clientOptions.ApiKey!);
        }

        channel = GrpcChannel.ForAddress(Endpoint, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                KeepAlivePingDelay = TimeSpan.FromSeconds(20),
                KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            },
            MaxReceiveMessageSize = 16 * 1024 * 1024,
        });
        client = new DashboardService.DashboardServiceClient(channel);
        State = ResourceFeedState.Connecting;
    }

    /// <summary>Raised on every change of the resources or of <see cref="State"/>; handlers must not block.</summary>
    public event Action? Changed;

    public Uri? Endpoint { get; }

    public ResourceFeedState State { get; private set; }

    /// <summary>Why the link broke, when <see cref="State"/> is Disconnected.</summary>
    public string? LastError { get; private set; }

    /// <summary>The AppHost's application name, once connected.</summary>
    public string? ApplicationName { get; private set; }

    public IReadOnlyList<Resource> Resources => resources.Values.ToList();

    public Resource? Find(string name) => resources.GetValueOrDefault(name);

    /// <summary>Asks the AppHost to start, stop or restart a resource.</summary>
    public async Task<ExecuteResourceCommandResponse> ExecuteCommandAsync(string resourceName, string commandName, CancellationToken cancellationToken)
    {
        if (client is null)
        {
            return new ExecuteResourceCommandResponse { Succeeded = false, ErrorMessage = "No resource service is configured (DOTNET_RESOURCE_SERVICE_ENDPOINT_URL)." };
        }

        try
        {
            return await client.ExecuteResourceCommandAsync(
                new ExecuteResourceCommandRequest { ResourceName = resourceName, CommandName = commandName }, headers, cancellationToken: cancellationToken);
        }
        catch (RpcException exception)
        {
            return new ExecuteResourceCommandResponse { Succeeded = false, ErrorMessage = $"{exception.StatusCode}: {exception.Status.Detail}" };
        }
    }

    /// <summary>
    /// The kept console lines of one resource (or, for an empty name, of all resources interleaved in time order),
    /// then live lines until cancelled. Delivered in batches as the AppHost sends them.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<ConsoleLogLine>> WatchConsoleLogsAsync(string? resourceName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (client is null)
        {
            yield break;
        }

        using var call = client.WatchResourceConsoleLogs(
            new WatchResourceConsoleLogsRequest { ResourceName = resourceName ?? "" }, headers, cancellationToken: cancellationToken);
        while (true)
        {
            bool more;
            try
            {
                more = await call.ResponseStream.MoveNext(cancellationToken);
            }
            catch (RpcException exception) when (exception.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            yield return call.ResponseStream.Current.LogLines;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (client is null)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WatchAsync(client, stoppingToken);
                SetState(ResourceFeedState.Disconnected, "The AppHost ended the resource stream.");
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (RpcException exception) when (stoppingToken.IsCancellationRequested && exception.StatusCode == StatusCode.Cancelled)
            {
                return;
            }
            catch (RpcException exception)
            {
                SetState(ResourceFeedState.Disconnected, $"{exception.StatusCode}: {exception.Status.Detail}");
                logger.LogDebug(exception, "Resource service at {Endpoint} is not reachable; retrying.", Endpoint);
            }

            try
            {
                await Task.Delay(RetryDelay, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        channel?.Dispose();
    }

    private async Task WatchAsync(DashboardService.DashboardServiceClient feed, CancellationToken stoppingToken)
    {
        var information = await feed.GetApplicationInformationAsync(new GetApplicationInformationRequest(), headers, cancellationToken: stoppingToken);
        ApplicationName = information.ApplicationName;

        using var call = feed.WatchResources(new WatchResourcesRequest(), headers, cancellationToken: stoppingToken);
        await foreach (var update in call.ResponseStream.ReadAllAsync(stoppingToken))
        {
            switch (update.KindCase)
            {
                case WatchResourcesUpdate.KindOneofCase.InitialData:
                    resources = update.InitialData.Resources.ToImmutableSortedDictionary(
                        resource => resource.Name, resource => resource, StringComparer.OrdinalIgnoreCase);
                    logger.LogInformation("Connected to the resource service at {Endpoint}: {Count} resources.", Endpoint, resources.Count);
                    SetState(ResourceFeedState.Connected, null);
                    break;
                case WatchResourcesUpdate.KindOneofCase.Changes:
                    var builder = resources.ToBuilder();
                    foreach (var change in update.Changes.Value)
                    {
                        if (change.KindCase == WatchResourcesChange.KindOneofCase.Upsert)
                        {
                            builder[change.Upsert.Name] = change.Upsert;
                        }
                        else if (change.KindCase == WatchResourcesChange.KindOneofCase.Delete)
                        {
                            builder.Remove(change.Delete.ResourceName);
                        }
                    }

                    resources = builder.ToImmutable();
                    Changed?.Invoke();
                    break;
            }
        }
    }

    private void SetState(ResourceFeedState state, string? error)
    {
        State = state;
        LastError = error;
        Changed?.Invoke();
    }
}
