using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Hemit.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace Hemit.Hosting.RabbitMQ;

/// <summary>
/// <c>AddLocalRabbitMQ</c>: the shape of Aspire's <c>AddRabbitMQ</c>, with the broker run from the Debian package
/// instead of a container (there is no container engine here).
/// </summary>
public static class RabbitMQBuilderExtensions
{
    /// <summary>The node itself, not the /usr/sbin wrapper, which switches user on its own and hides the logs.</summary>
    public const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";

    private const string Epmd = "/usr/bin/epmd";
    private const string ServerUser = "rabbitmq";

    /// <summary>
    /// A RabbitMQ broker: with <c>ConnectionStrings:&lt;name&gt;</c> configured, that broker (nothing is started);
    /// otherwise our own node with its data in <c>&lt;data folder&gt;/&lt;name&gt;</c>, kept between runs.
    /// </summary>
    public static IResourceBuilder<IRabbitMQServerResource> AddLocalRabbitMQ(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, string? dataDirectory = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var server = ExternalServer.IsConfigured(builder, name)
            ? ExternalServer.Add<IRabbitMQServerResource>(
                builder, name, "RabbitMQ (external)", connectionString => new ExternalRabbitMQServerResource(name, connectionString))
            : builder.CreateResourceBuilder<IRabbitMQServerResource>(CreateLocalServer(builder, name, dataDirectory));

        return server.WithIconName("Mailbox").WithAmqpHealthCheck(builder);
    }

    private static LocalRabbitMQServerResource CreateLocalServer(IDistributedApplicationBuilder builder, string name, string? dataDirectory)
    {
        ServerProcess.RequireBinary(ServerScript, "RabbitMQ", "rabbitmq-server", name);
        var folder = dataDirectory ?? Path.Combine(DataFolder.Resolve(builder), name);
        var resource = new LocalRabbitMQServerResource(name, folder);
        var epmdPort = new EndpointReference(resource, LocalRabbitMQServerResource.EpmdEndpointName).Property(EndpointProperty.TargetPort);

        builder.AddResource(resource)
            .WithEndpoint(name: LocalRabbitMQServerResource.AmqpEndpointName, scheme: "tcp", isProxied: false)
            .WithEndpoint(name: LocalRabbitMQServerResource.DistributionEndpointName, scheme: "tcp", isProxied: false)
            .WithEndpoint(name: LocalRabbitMQServerResource.EpmdEndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                // SIGTERM stops the node in order; afterwards the node's private epmd is stopped too.
                var stopEpmd = ReferenceExpression.Create($"{Epmd} -port {epmdPort} -kill");
                foreach (var argument in ServerProcess.WrapperArguments("TERM", stopEpmd, ServerUser, ServerScript))
                {
                    context.Args.Add(argument);
                }
            })
            .WithEnvironment(context =>
            {
                var environment = context.EnvironmentVariables;
                environment["RABBITMQ_NODENAME"] = resource.NodeName;
                environment["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1";
                environment["RABBITMQ_NODE_PORT"] = resource.PrimaryEndpoint.Property(EndpointProperty.TargetPort);
                environment["RABBITMQ_DIST_PORT"] = new EndpointReference(resource, LocalRabbitMQServerResource.DistributionEndpointName).Property(EndpointProperty.TargetPort);
                environment["ERL_EPMD_PORT"] = epmdPort;
                environment["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia");
                environment["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log");
                environment["RABBITMQ_LOGS"] = "-";
                environment["RABBITMQ_PID_FILE"] = Path.Combine(folder, "rabbitmq.pid");
                environment["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins");
                environment["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq");
                environment["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(folder, "rabbitmq-env.conf");
                environment["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(folder, "advanced.config");
                // The Erlang cookie lives in HOME: the rabbitmq user's own when we switch to it.
                environment["HOME"] = ServerProcess.RunsAsRoot ? "/var/lib/rabbitmq" : folder;
            })
            .OnBeforeResourceStarted((_, _, _) =>
            {
                PrepareFolder(folder);
                return Task.CompletedTask;
            });
        return resource;
    }

    /// <summary>The node's own files: no plugins (the management plugin would add seconds to every start), no system config.</summary>
    private static void PrepareFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        WriteIfMissing(Path.Combine(folder, "enabled_plugins"), "[].\n");
        WriteIfMissing(Path.Combine(folder, "rabbitmq.conf"), "# Settings come from the AppHost's environment.\n");
        WriteIfMissing(Path.Combine(folder, "rabbitmq-env.conf"), "# Empty on purpose: the AppHost passes every setting in the environment.\n");
        WriteIfMissing(Path.Combine(folder, "advanced.config"), "[].\n");
        ServerProcess.PrepareFolder(folder, ServerUser);
    }

    private static void WriteIfMissing(string path, string text)
    {
        if (!File.Exists(path))
        {
            File.WriteAllText(path, text);
        }
    }

    /// <summary>Healthy once an AMQP connection opens (one connection, kept and reused, as Aspire's own check does).</summary>
    private static IResourceBuilder<IRabbitMQServerResource> WithAmqpHealthCheck(
        this IResourceBuilder<IRabbitMQServerResource> server, IDistributedApplicationBuilder builder)
    {
        IConnection? connection = null;
        var key = $"{server.Resource.Name}_check";
        builder.Services.AddHealthChecks().AddRabbitMQ(async _ =>
        {
            if (connection is { IsOpen: true })
            {
                return connection;
            }

            var uri = await server.Resource.ConnectionStringExpression.GetValueAsync(CancellationToken.None)
                ?? throw new InvalidOperationException($"'{server.Resource.Name}' has no connection string.");
            connection = await new ConnectionFactory { Uri = new Uri(uri), ClientProvidedName = "aspire-health-check" }.CreateConnectionAsync();
            return connection;
        }, name: key);
        return server.WithHealthCheck(key);
    }
}
