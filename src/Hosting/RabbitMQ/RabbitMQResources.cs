using Aspire.Hosting.ApplicationModel;

namespace Hemit.Hosting.RabbitMQ;

/// <summary>A RabbitMQ broker the services publish to: our own local node, or one given by connection string.</summary>
public interface IRabbitMQServerResource : IResourceWithConnectionString, IResourceWithWaitSupport;

/// <summary>
/// RabbitMQ from the Debian package, run by DCP as an executable: its own node name, mnesia and logs under the data
/// folder, AMQP on 127.0.0.1 and a private epmd, all on ports Aspire chooses. guest/guest works from loopback only.
/// </summary>
public sealed class LocalRabbitMQServerResource(string name, string dataDirectory)
    : ExecutableResource(name, Servers.ServerProcess.Shell, dataDirectory), IRabbitMQServerResource
{
    internal const string AmqpEndpointName = "tcp";
    internal const string DistributionEndpointName = "dist";
    internal const string EpmdEndpointName = "epmd";

    public string DataDirectory { get; } = dataDirectory;

    /// <summary>The Erlang node name: unique per data folder, so several stacks (and test runs) never share a node.</summary>
    public string NodeName { get; } = $"hemit-{name}-{StableSuffix(dataDirectory)}@localhost";

    public EndpointReference PrimaryEndpoint => new(this, AmqpEndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"amqp://guest:guest@{PrimaryEndpoint.Property(EndpointProperty.Host)}:{PrimaryEndpoint.Property(EndpointProperty.Port)}/");

    /// <summary>Eight hex digits from the folder's path: the same every run (the node's mnesia folder carries its name).</summary>
    private static string StableSuffix(string folder) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(folder)))[..8];
}

/// <summary>A broker that runs elsewhere, named by <c>ConnectionStrings:&lt;name&gt;</c>; nothing is started.</summary>
public sealed class ExternalRabbitMQServerResource(string name, ParameterResource connectionString)
    : Resource(name), IRabbitMQServerResource
{
    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{connectionString}");
}
