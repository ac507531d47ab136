using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hemit.Hosting.Restarts;

/// <summary>
/// Aspire 13.6 leaves a crashed project stopped. This watches the resource events and starts a project again when it
/// exits with a non-zero code that nobody asked for, after <see cref="RestartBackoff"/>; each restart is written to
/// the resource's console log and counted in its <c>restarts</c> property, both shown on the dashboard. Each replica is
/// watched on its own: a crashed replica is started again, its running siblings are left alone.
/// </summary>
internal sealed class CrashRestarter(
    ResourceNotificationService notifications,
    ResourceLoggerService resourceLogs,
    ResourceCommandService commands,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<CrashRestarter> logger) : BackgroundService
{
    public const string RestartsProperty = "restarts";

    private readonly Dictionary<string, Tracking> _tracked = new(StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                if (update.Resource is ProjectResource)
                {
                    Observe(update);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Observe(ResourceEvent update)
    {
        var name = update.ResourceId;
        var tracking = _tracked.TryGetValue(update.ResourceId, out var known) ? known : _tracked[update.ResourceId] = new Tracking();
        var state = update.Snapshot.State?.Text;
        var previous = tracking.State;
        tracking.State = state;
        if (state == previous)
        {
            return;
        }

        if (state == KnownResourceStates.Running)
        {
            tracking.RunningSince = time.GetUtcNow();
            tracking.StopRequested = false;
        }
        else if (state == KnownResourceStates.Stopping)
        {
            tracking.StopRequested = true;
        }
        else if (IsCrash(state, update.Snapshot.ExitCode, tracking) && !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            var ranFor = tracking.RunningSince is { } since ? time.GetUtcNow() - since : TimeSpan.Zero;
            tracking.Restarts = RestartBackoff.NextRestart(tracking.Restarts, ranFor);
            tracking.TotalRestarts++;
            _ = RestartLaterAsync(update.Resource, name, update.Snapshot.ExitCode, tracking.Restarts, tracking.TotalRestarts);
        }
    }

    private static bool IsCrash(string? state, int? exitCode, Tracking tracking) =>
        !tracking.StopRequested
        && (state == KnownResourceStates.Exited || state == KnownResourceStates.Finished)
        && exitCode is not null and not 0;

    /// <param name="name">The instance's id (<c>finance-abcd1234</c>): with replicas a resource has several, and only
    /// the one that crashed is started again, logged and counted.</param>
    private async Task RestartLaterAsync(IResource resource, string name, int? exitCode, int restartInRow, int totalRestarts)
    {
        var delay = RestartBackoff.Delay(restartInRow);
        var resourceLog = resourceLogs.GetLogger(name);
        resourceLog.LogWarning("{Resource} exited with code {ExitCode}; restarting in {Delay:0} s (restart {Count} in a row)",
            name, exitCode, delay.TotalSeconds, restartInRow);
        logger.LogWarning("{Resource} exited with code {ExitCode}; restarting in {Delay:0} s", name, exitCode, delay.TotalSeconds);
        await notifications.PublishUpdateAsync(resource, name, s => s with
        {
            Properties = [.. s.Properties.Where(p => p.Name != RestartsProperty), new ResourcePropertySnapshot(RestartsProperty, totalRestarts)],
        });

        try
        {
            await Task.Delay(delay, time, lifetime.ApplicationStopping);
            var result = await commands.ExecuteCommandAsync(name, KnownResourceCommands.StartCommand, lifetime.ApplicationStopping);
            if (!result.Success)
            {
                resourceLog.LogError("Restart of {Resource} failed: {Error}", name, result.Message);
            }
        }
        catch (OperationCanceledException)
        {
            // The AppHost is stopping: nothing to restart.
        }
        catch (Exception exception)
        {
            resourceLog.LogError(exception, "Restart of {Resource} failed", name);
        }
    }

    private sealed class Tracking
    {
        public string? State { get; set; }
        public DateTimeOffset? RunningSince { get; set; }
        public bool StopRequested { get; set; }
        public int Restarts { get; set; }
        public int TotalRestarts { get; set; }
    }
}

public static class CrashRestartExtensions
{
    /// <summary>Restarts crashed projects with backoff (1 s, 2 s, 4 s … 30 s); see <see cref="CrashRestarter"/>.</summary>
    public static IDistributedApplicationBuilder AddCrashRestarts(this IDistributedApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<CrashRestarter>();
        return builder;
    }
}
