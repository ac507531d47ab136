using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Hemit.Hosting.Servers;

/// <summary>
/// A server named by <c>ConnectionStrings:&lt;name&gt;</c> instead of started here: its connection string becomes a
/// secret parameter (masked on the dashboard), and the resource is Running as soon as the app starts; its health
/// check then says whether the server answers.
/// </summary>
internal static class ExternalServer
{
    public static bool IsConfigured(IDistributedApplicationBuilder builder, string name) =>
        !string.IsNullOrWhiteSpace(builder.Configuration[$"ConnectionStrings:{name}"]);

    public static IResourceBuilder<TServer> Add<TServer>(
        IDistributedApplicationBuilder builder, string name, string resourceType, Func<ParameterResource, TServer> create)
        where TServer : class, IResource
    {
        var connectionString = builder.AddParameterFromConfiguration($"{name}-connection", $"ConnectionStrings:{name}", secret: true);
        var server = builder.AddResource(create(connectionString.Resource))
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = resourceType,
                State = KnownResourceStates.NotStarted,
                Properties = [],
            })
            .OnInitializeResource(async (resource, @event, _) =>
                await @event.Notifications.PublishUpdateAsync(resource, s => s with
                {
                    State = KnownResourceStates.Running,
                    StartTimeStamp = DateTime.UtcNow,
                }));
        connectionString.WithParentRelationship(server);
        return server;
    }
}
