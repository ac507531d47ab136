using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Hemit.Contracts.Advertising;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hemit.Hosting.Advertising;

/// <summary>
/// Keeps <c>&lt;data folder&gt;/endpoints.json</c> current from Aspire's resource events: each resource's type, state,
/// health and URLs, so <c>hemit status</c> and the other CLI commands find the running stack with no flags.
/// The file is removed when the AppHost stops; one left by a killed AppHost names a dead pid and is ignored.
/// </summary>
internal sealed class EndpointsAdvertiser(ResourceNotificationService notifications, string dataDirectory, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(200);

    private readonly Dictionary<string, AdvertisedResource> _resources = new(StringComparer.Ordinal);
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();

    public string FilePath => Path.Combine(dataDirectory, AdvertisedEndpoints.FileName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changed = new SemaphoreSlim(0);
        var writer = WriteOnChangeAsync(changed, stoppingToken);
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                lock (_resources)
                {
                    // Aspire's helper resources (project rebuilders) are hidden on the dashboard too; the dashboard itself is kept.
                    if (update.Snapshot.IsHidden && update.Resource.Name != DashboardTelemetryExtensions.DashboardResourceName)
                    {
                        _resources.Remove(update.ResourceId);
                    }
                    else
                    {
                        _resources[update.ResourceId] = Describe(update);
                    }
                }

                changed.Release();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await writer;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        File.Delete(FilePath);
    }

    internal static AdvertisedResource Describe(ResourceEvent update)
    {
        var snapshot = update.Snapshot;
        var endpoints = snapshot.Urls
            .Where(url => url.Name is not null)
            .GroupBy(url => url.Name!)
            .ToDictionary(group => group.Key, group => group.First().Url, StringComparer.Ordinal);
        return new AdvertisedResource(
            update.Resource.Name,
            snapshot.ResourceType,
            snapshot.State?.Text ?? "",
            snapshot.HealthStatus?.ToString() ?? "",
            endpoints);
    }

    private async Task WriteOnChangeAsync(SemaphoreSlim changed, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await changed.WaitAsync(stoppingToken);
                // A start brings dozens of updates within a second: write once they settle.
                await Task.Delay(Settle, time, stoppingToken);
                while (changed.CurrentCount > 0)
                {
                    await changed.WaitAsync(stoppingToken);
                }

                Write();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Write()
    {
        AdvertisedEndpoints endpoints;
        lock (_resources)
        {
            endpoints = new AdvertisedEndpoints
            {
                AppHostPid = Environment.ProcessId,
                StartedAt = _startedAt,
                Resources = [.. _resources.Values.OrderBy(r => r.Name, StringComparer.Ordinal)],
            };
        }

        // Written aside and moved into place, so a reader never sees half a file.
        var temporary = FilePath + ".tmp";
        File.WriteAllText(temporary, endpoints.ToJson());
        File.Move(temporary, FilePath, overwrite: true);
    }
}

public static class EndpointsAdvertiserExtensions
{
    /// <summary>Advertises the running stack's resources in <c>&lt;data folder&gt;/endpoints.json</c> for the hemit CLI.</summary>
    public static IDistributedApplicationBuilder AdvertiseEndpoints(this IDistributedApplicationBuilder builder)
    {
        var dataDirectory = DataFolder.Resolve(builder);
        builder.Services.AddHostedService(services => new EndpointsAdvertiser(
            services.GetRequiredService<ResourceNotificationService>(), dataDirectory, TimeProvider.System));
        return builder;
    }
}
