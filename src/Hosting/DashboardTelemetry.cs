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
        builder.Eventing.Subscribe<BeforeStartEvent>((@event, _) =>
        {
            if (@event.Model.Resources.FirstOrDefault(r => r.Name == DashboardResourceName) is { } dashboard)
            {
                Directory.CreateDirectory(folder);
                dashboard.Annotations.Add(new EnvironmentCallbackAnnotation(environment =>
                {
                    environment["Dashboard__Data__PersistenceMode"] = "Sqlite";
                    environment["Dashboard__Data__Directory"] = folder;
                }));
            }

            return Task.CompletedTask;
        });
        return builder;
    }
}
