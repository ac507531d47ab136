using Hemit.TestSupport;
using Hemit.Hosting.Resources;
using Hemit.Hosting.Servers.RabbitMQ;
using Hemit.Hosting.Tests.Support;
using Npgsql;

namespace Hemit.Hosting.Tests.Servers;

/// <summary>ConnectionStrings:postgres / ConnectionStrings:messaging name servers to use instead of starting our own.</summary>
[Collection(RealProcessesCollection.Name)]
public sealed class SuppliedServersTests : IDisposable
{
    private readonly TemporaryDataFolder _ownFolder = new();
    private readonly TemporaryDataFolder _suppliedFolder = new();

    [Fact]
    public async Task Supplied_servers_are_used_as_they_are_and_only_the_databases_are_created()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ownBuilder = QuietApplications.CreateBuilder(_ownFolder.Path);
        ownBuilder.AddPostgres("postgres");
        ownBuilder.AddRabbitMQ("messaging");
        await using var own = ownBuilder.Build();
        await own.StartAsync(timeout.Token);

        var builder = QuietApplications.CreateBuilder(_suppliedFolder.Path, args:
        [
            $"--ConnectionStrings:postgres={own.GetConnectionString("postgres")}",
            $"--ConnectionStrings:messaging={own.GetConnectionString("messaging")}",
        ]);
        builder.AddPostgres("postgres").AddDatabase("servicedeskdb");
        builder.AddRabbitMQ("messaging");
        await using (var supplied = builder.Build())
        {
            await supplied.StartAsync(timeout.Token);

            Assert.Equal("servicedeskdb", new NpgsqlConnectionStringBuilder(supplied.GetConnectionString("servicedeskdb")).Database);
            await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(own.GetConnectionString("postgres")) { Database = "servicedeskdb", Pooling = false }.ConnectionString))
            {
                await connection.OpenAsync(timeout.Token);
            }

            Assert.False(Directory.Exists(Path.Combine(_suppliedFolder.Path, "postgres")));
            Assert.False(Directory.Exists(Path.Combine(_suppliedFolder.Path, "messaging")));
            var messaging = supplied.ResourceMonitor.GetResources().Single(r => r.Name == "messaging");
            Assert.Equal(ResourceHealth.Healthy, messaging.Health);
            var endpoint = Assert.Single(messaging.Endpoints);
            Assert.DoesNotContain("guest", endpoint.Url);
            Assert.Null(messaging.ProcessId);

            await supplied.StopAsync(timeout.Token);
        }

        // Stopping the host that was only given the servers leaves them running.
        var amqp = own.GetEndpoint("messaging", "amqp");
        Assert.True(await AmqpProbe.RespondsAsync(amqp.Host, amqp.Port, TimeSpan.FromSeconds(5), timeout.Token));
        Assert.All(own.ResourceMonitor.GetResources(), r => Assert.Equal(ResourceState.Running, r.State));
        await own.StopAsync(timeout.Token);
    }

    [Fact]
    public async Task Missing_server_binaries_are_named_with_the_command_that_installs_them()
    {
        var builder = QuietApplications.CreateBuilder(_ownFolder.Path, args: ["--Hemit:PostgresBin=/opt/nowhere/bin", "--Hemit:RabbitMQBin=/opt/nowhere/sbin"]);
        builder.AddPostgres("postgres");
        builder.AddRabbitMQ("messaging");
        await using var application = builder.Build();

        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => application.StartAsync());

        Assert.Contains("PostgreSQL 15 is not installed: run `sudo apt-get install -y postgresql`.", error.Message);
        Assert.Contains("RabbitMQ is not installed: run `sudo apt-get install -y rabbitmq-server`.", error.Message);
        Assert.Contains("/opt/nowhere/bin", error.Message);
        Assert.All(application.ResourceMonitor.GetResources(), r => Assert.Equal(ResourceState.NotStarted, r.State));
    }

    public void Dispose()
    {
        _ownFolder.Dispose();
        _suppliedFolder.Dispose();
    }
}
