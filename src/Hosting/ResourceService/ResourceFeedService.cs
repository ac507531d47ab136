using Grpc.Core;
using Hemit.Hosting.Resources;
using Wire = Hemit.Contracts.Dashboard.V1;

namespace Hemit.Hosting.ResourceService;

/// <summary>hemit.dashboard.v1.DashboardService: the dashboard's window on the running resources.</summary>
internal sealed class ResourceFeedService(IResourceMonitor monitor, ApplicationName applicationName) : Wire.DashboardService.DashboardServiceBase
{
    private const int MaximumLinesPerMessage = 200;

    public override Task<Wire.GetApplicationInformationResponse> GetApplicationInformation(
        Wire.GetApplicationInformationRequest request, ServerCallContext context) =>
        Task.FromResult(new Wire.GetApplicationInformationResponse { ApplicationName = applicationName.Value });

    public override async Task WatchResources(
        Wire.WatchResourcesRequest request, IServerStreamWriter<Wire.WatchResourcesUpdate> responseStream, ServerCallContext context)
    {
        // Subscribe before reading the current state so no change falls between the two.
        var changes = monitor.WatchResources(context.CancellationToken);
        var initial = new Wire.InitialResourceData();
        initial.Resources.AddRange(monitor.GetResources().Select(ResourceSnapshotMapping.ToWire));
        await responseStream.WriteAsync(new Wire.WatchResourcesUpdate { InitialData = initial }, context.CancellationToken);

        try
        {
            await foreach (var snapshot in changes.WithCancellation(context.CancellationToken))
            {
                var update = new Wire.WatchResourcesChanges();
                update.Value.Add(new Wire.WatchResourcesChange { Upsert = ResourceSnapshotMapping.ToWire(snapshot) });
                await responseStream.WriteAsync(new Wire.WatchResourcesUpdate { Changes = update }, context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The dashboard went away.
        }
    }

    public override async Task WatchResourceConsoleLogs(
        Wire.WatchResourceConsoleLogsRequest request, IServerStreamWriter<Wire.WatchResourceConsoleLogsUpdate> responseStream, ServerCallContext context)
    {
        var resource = string.IsNullOrEmpty(request.ResourceName) ? null : request.ResourceName;
        IAsyncEnumerable<ConsoleLogLine> lines;
        try
        {
            lines = monitor.WatchConsoleLogs(resource, context.CancellationToken);
        }
        catch (ArgumentException exception)
        {
            throw new RpcException(new Status(StatusCode.NotFound, exception.Message));
        }

        try
        {
            // Batches: the kept history goes out in a few large messages, live lines one message at a time.
            var batch = new Wire.WatchResourceConsoleLogsUpdate();
            await using var enumerator = lines.GetAsyncEnumerator(context.CancellationToken);
            var pending = enumerator.MoveNextAsync();
            while (await pending)
            {
                batch.LogLines.Add(ResourceSnapshotMapping.ToWire(enumerator.Current));
                pending = enumerator.MoveNextAsync();
                if (batch.LogLines.Count >= MaximumLinesPerMessage || !pending.IsCompleted)
                {
                    await responseStream.WriteAsync(batch, context.CancellationToken);
                    batch = new Wire.WatchResourceConsoleLogsUpdate();
                }
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            // The dashboard went away.
        }
    }

    public override async Task<Wire.ExecuteResourceCommandResponse> ExecuteResourceCommand(
        Wire.ExecuteResourceCommandRequest request, ServerCallContext context)
    {
        if (!ResourceSnapshotMapping.TryParseCommand(request.CommandName, out var command))
        {
            return new Wire.ExecuteResourceCommandResponse
            {
                Succeeded = false,
                ErrorMessage = $"Unknown command '{request.CommandName}': use start, stop or restart.",
            };
        }

        try
        {
            await monitor.ExecuteCommandAsync(request.ResourceName, command, context.CancellationToken);
            return new Wire.ExecuteResourceCommandResponse { Succeeded = true };
        }
        catch (DistributedApplicationException exception)
        {
            return new Wire.ExecuteResourceCommandResponse { Succeeded = false, ErrorMessage = exception.Message };
        }
    }
}

/// <summary>The application's display name, as a service for dependency injection.</summary>
internal sealed record ApplicationName(string Value);
