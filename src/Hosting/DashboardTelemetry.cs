using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Hemit.Hosting;

public static class DashboardTelemetryExtensions
{
    /// <summary>The name Aspire gives its dashboard resource.</summary>
    public const string DashboardResourceName = "aspire-dashboard";

    /// <summary>
    /// Keeps the Aspire dashboard's telemetry in SQLite under <c>&lt;data folder&gt;/dashboard</c>, so a restart of the
    /// stack still shows the last run's traces, logs and metrics.
    /// </summary>
    public static IDistributedApplicationBuilder PersistDashboardTelemetry(this IDistributedApplicationBuilder builder)
    {
        var folder = Path.Combine(DataFolder.Resolve(builder), "dashboard");
        // The dashboard resource is added by Aspire itself while the app starts, after the app model is built.
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>((@event, _) =>
        {
            if (@event.Resource.Name == DashboardResourceName
                && !@event.Resource.Annotations.OfType<TelemetryPersistenceAnnotation>().Any())
            {
                Directory.CreateDirectory(folder);
                @event.Resource.Annotations.Add(new TelemetryPersistenceAnnotation());
                @event.Resource.Annotations.Add(new EnvironmentCallbackAnnotation(environment =>
                {
                    // 1 is the dashboard's persistent mode (a SQLite database per run under Directory/runs). The 13.6
                    // dashboard does not document the mode's names and refuses "Sqlite", "Persistent" and "File".
                    environment["Dashboard__Data__PersistenceMode"] = "1";
                    environment["Dashboard__Data__Directory"] = folder;
                }));
            }

            return Task.CompletedTask;
        });
        return builder;
    }

    /// <summary>Marks the dashboard as configured, so a restarted dashboard does not get the settings twice.</summary>
    private sealed class TelemetryPersistenceAnnotation : IResourceAnnotation;
}
