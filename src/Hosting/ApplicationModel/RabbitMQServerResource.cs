namespace Hemit.Hosting.ApplicationModel;

/// <summary>A RabbitMQ broker: our own node in the data folder, or one named by <c>ConnectionStrings:&lt;name&gt;</c>.</summary>
public sealed class RabbitMQServerResource : Resource, IResourceWithConnectionString
{
    public const string AmqpEndpointName = "amqp";
    public const string DistributionEndpointName = "dist";
    public const string EpmdEndpointName = "epmd";

    /// <summary>RabbitMQ's default account; it may only log in from loopback, which is all we listen on.</summary>
    public const string UserName = "guest";
    public const string Password = "guest";

    public RabbitMQServerResource(string name, string? externalConnectionString = null)
        : base(name)
    {
        if (externalConnectionString is not null && !Uri.TryCreate(externalConnectionString, UriKind.Absolute, out _))
        {
            throw new ArgumentException(
                $"Connection string for '{name}' is not an amqp:// URI: '{externalConnectionString}'.", nameof(externalConnectionString));
        }

        ExternalConnectionString = externalConnectionString;
        if (externalConnectionString is null)
        {
            AddEndpoint(new EndpointAnnotation(AmqpEndpointName, "amqp", EndpointProtocol.Tcp));
            AddEndpoint(new EndpointAnnotation(DistributionEndpointName, "tcp", EndpointProtocol.Tcp, IsInternal: true));
            AddEndpoint(new EndpointAnnotation(EpmdEndpointName, "tcp", EndpointProtocol.Tcp, IsInternal: true));
        }
    }

    public override string ResourceType => "RabbitMQServer";

    public string? ExternalConnectionString { get; }

    public bool IsExternal => ExternalConnectionString is not null;

    public bool ConnectionStringHasSecret => true;

    public string GetConnectionString() =>
        ExternalConnectionString
        ?? $"amqp://{UserName}:{Password}@{EndpointAnnotation.Host}:{GetEndpoint(AmqpEndpointName).Port}/";
}
