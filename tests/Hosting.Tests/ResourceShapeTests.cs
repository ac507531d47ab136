using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Hemit.Hosting.Postgres;
using Hemit.Hosting.RabbitMQ;
using Xunit;

// The plain evaluation of a resource's arguments and environment is all these tests need; its replacement
// (ExecutionConfigurationBuilder) also resolves certificates and the like.
#pragma warning disable CS0618

namespace Hemit.Hosting.Tests;

/// <summary>What the hosting integration hands DCP and the services, checked without starting anything.</summary>
public sealed class ResourceShapeTests
{
    private const string DataDir = "/tmp/hemit-shape-tests";

    [Fact]
    public async Task Local_postgres_runs_the_debian_server_on_its_own_folder_and_port_behind_the_stop_wrapper()
    {
        var builder = DistributedApplicationTestingBuilder.Create($"--Hemit:DataDir={DataDir}");
        var postgres = (LocalPostgresServerResource)builder.AddLocalPostgres("postgres").Resource;
        Allocate(postgres, "tcp", 41234);

        var arguments = (await ArgumentsAsync(postgres)).ToList();

        Assert.Equal("/bin/sh", postgres.Command);
        Assert.EndsWith("server-wrapper.sh", arguments[0]);
        Assert.Equal("INT", arguments[1]); // PostgreSQL's fast shutdown
        var server = arguments.IndexOf("/usr/lib/postgresql/15/bin/postgres");
        Assert.True(server > 0, string.Join(' ', arguments));
        Assert.Equal(["-D", $"{DataDir}/postgres/data", "-p", "41234", "-k", $"{DataDir}/postgres", "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300"],
            arguments[(server + 1)..]);
        if (Environment.UserName == "root")
        {
            Assert.Contains("--reuid=postgres", arguments[..server]);
        }
    }

    [Fact]
    public async Task Database_connection_strings_are_what_AddPostgres_would_give()
    {
        var builder = DistributedApplicationTestingBuilder.Create($"--Hemit:DataDir={DataDir}");
        var postgres = builder.AddLocalPostgres("postgres");
        var financeDb = postgres.AddDatabase("financedb");
        Allocate((LocalPostgresServerResource)postgres.Resource, "tcp", 41234);

        Assert.Equal("Host=localhost;Port=41234;Username=postgres", await postgres.Resource.ConnectionStringExpression.GetValueAsync(default));
        Assert.Equal("Host=localhost;Port=41234;Username=postgres;Database=financedb", await financeDb.Resource.ConnectionStringExpression.GetValueAsync(default));
        Assert.Same(postgres.Resource, financeDb.Resource.Parent);
        Assert.Equal("financedb", postgres.Resource.Databases["financedb"]);
    }

    [Fact]
    public async Task Local_rabbitmq_gets_its_own_node_ports_and_folders_and_an_amqp_connection_string()
    {
        var builder = DistributedApplicationTestingBuilder.Create($"--Hemit:DataDir={DataDir}");
        var messaging = (LocalRabbitMQServerResource)builder.AddLocalRabbitMQ("messaging").Resource;
        Allocate(messaging, "tcp", 41001);
        Allocate(messaging, "dist", 41002);
        Allocate(messaging, "epmd", 41003);

        var environment = await messaging.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Run);
        var arguments = (await ArgumentsAsync(messaging)).ToList();

        Assert.Equal("41001", environment["RABBITMQ_NODE_PORT"]);
        Assert.Equal("41002", environment["RABBITMQ_DIST_PORT"]);
        Assert.Equal("41003", environment["ERL_EPMD_PORT"]);
        Assert.Equal("127.0.0.1", environment["RABBITMQ_NODE_IP_ADDRESS"]);
        Assert.Equal($"{DataDir}/messaging/mnesia", environment["RABBITMQ_MNESIA_BASE"]);
        Assert.Matches("^hemit-messaging-[0-9a-f]{8}@localhost$", environment["RABBITMQ_NODENAME"]);
        // The same folder gives the same node name on every run (the node's data is filed under it).
        Assert.Equal(environment["RABBITMQ_NODENAME"], new LocalRabbitMQServerResource("messaging", $"{DataDir}/messaging").NodeName);
        Assert.Equal("TERM", arguments[1]);
        Assert.Equal("/usr/bin/epmd -port 41003 -kill", arguments[2]); // the node's private epmd goes with it
        Assert.Equal("/usr/lib/rabbitmq/bin/rabbitmq-server", arguments[^1]);
        Assert.Equal("amqp://guest:guest@localhost:41001/", await messaging.ConnectionStringExpression.GetValueAsync(default));
    }

    [Fact]
    public async Task With_connection_strings_configured_nothing_is_started_and_those_servers_are_used()
    {
        var builder = DistributedApplicationTestingBuilder.Create(
            "--ConnectionStrings:postgres=Host=db.example;Port=5432;Username=hemit;Password=secret",
            "--ConnectionStrings:messaging=amqp://hemit:secret@mq.example:5672/");
        var postgres = builder.AddLocalPostgres("postgres");
        var financeDb = postgres.AddDatabase("financedb");
        var messaging = builder.AddLocalRabbitMQ("messaging");

        Assert.IsType<ExternalPostgresServerResource>(postgres.Resource);
        Assert.IsType<ExternalRabbitMQServerResource>(messaging.Resource);
        Assert.Empty(builder.Resources.OfType<ExecutableResource>());
        Assert.Equal("Host=db.example;Port=5432;Username=hemit;Password=secret;Database=financedb",
            await financeDb.Resource.ConnectionStringExpression.GetValueAsync(default));
        Assert.Equal("amqp://hemit:secret@mq.example:5672/", await messaging.Resource.ConnectionStringExpression.GetValueAsync(default));
    }

    [Fact]
    public void A_missing_server_binary_says_what_to_install()
    {
        var builder = DistributedApplicationTestingBuilder.Create("--Hemit:PostgresBinDirectory=/nonexistent/bin");

        var error = Assert.Throws<DistributedApplicationException>(() => builder.AddLocalPostgres("postgres"));

        Assert.Contains("sudo apt-get install postgresql", error.Message);
        Assert.Contains("ConnectionStrings__postgres", error.Message);
    }

    private static void Allocate(IResourceWithEndpoints resource, string endpointName, int port)
    {
        var endpoint = resource.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == endpointName);
        endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, "localhost", port, targetPortExpression: port.ToString());
    }

    private static async Task<IEnumerable<string>> ArgumentsAsync(IResourceWithArgs resource) =>
        await resource.GetArgumentValuesAsync(DistributedApplicationOperation.Run);
}
