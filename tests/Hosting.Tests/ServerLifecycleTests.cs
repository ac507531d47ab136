using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Hemit.Hosting.Postgres;
using Hemit.Hosting.RabbitMQ;
using Hemit.TestSupport;
using Npgsql;
using RabbitMQ.Client;
using Xunit;

namespace Hemit.Hosting.Tests;

/// <summary>The two servers for real, through DCP: start, databases, a clean stop, and a second start on the same data.</summary>
public sealed class ServerLifecycleTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Servers_start_create_their_databases_stop_cleanly_and_start_again_on_the_same_data()
    {
        using var folder = new TemporaryDataFolder();
        using var limit = new CancellationTokenSource(Limit);

        await using (var first = await StartAsync(folder.Path, limit.Token))
        {
            // WaitFor(db) works: each database becomes Running and healthy on the executable server.
            await first.ResourceNotifications.WaitForResourceHealthyAsync("financedb", limit.Token);
            await first.ResourceNotifications.WaitForResourceHealthyAsync("messaging", limit.Token);

            await using var connection = new NpgsqlConnection(await first.GetConnectionStringAsync("financedb", limit.Token));
            await connection.OpenAsync(limit.Token);
            await using (var create = new NpgsqlCommand("CREATE TABLE kept (name text); INSERT INTO kept VALUES ('Brukerstøtte')", connection))
            {
                await create.ExecuteNonQueryAsync(limit.Token);
            }

            var amqp = await first.GetConnectionStringAsync("messaging", limit.Token);
            await using var broker = await new ConnectionFactory { Uri = new Uri(amqp!) }.CreateConnectionAsync(limit.Token);
            Assert.True(broker.IsOpen);
            Assert.NotEmpty(ProcessTable.Mentioning(folder.Path));

            await first.StopAsync(limit.Token);
        }

        // Nothing of ours outlives the stop, and PostgreSQL shut down cleanly (no crash recovery on the next start).
        await Eventually.ReachAsync(() => Task.FromResult(ProcessTable.Mentioning(folder.Path)), p => p.Count == 0, "every server process has exited");
        Assert.Contains("shut down", await ClusterStateAsync(Path.Combine(folder.Path, "postgres", "data")));

        await using var second = await StartAsync(folder.Path, limit.Token);
        await second.ResourceNotifications.WaitForResourceHealthyAsync("financedb", limit.Token);
        await using var again = new NpgsqlConnection(await second.GetConnectionStringAsync("financedb", limit.Token));
        await again.OpenAsync(limit.Token);
        await using var read = new NpgsqlCommand("SELECT name FROM kept", again);
        Assert.Equal("Brukerstøtte", await read.ExecuteScalarAsync(limit.Token));
        await second.StopAsync(limit.Token);
    }

    [Fact]
    public async Task Creating_a_database_twice_or_at_once_is_no_error()
    {
        var server = await PlatformServers.Shared.GetPostgresConnectionStringAsync();
        var name = DatabaseNames.Unique("created");

        var atOnce = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PostgresDatabases.CreateIfMissingAsync(server, name, CancellationToken.None)));

        Assert.Equal(1, atOnce.Count(created => created));
        Assert.False(await PostgresDatabases.CreateIfMissingAsync(server, name, CancellationToken.None));
    }

    private static async Task<DistributedApplication> StartAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var builder = DistributedApplicationTestingBuilder.Create($"--Hemit:DataDir={dataDirectory}");
        builder.AddLocalPostgres("postgres").AddDatabase("financedb");
        builder.AddLocalRabbitMQ("messaging");
        var app = builder.Build();
        await app.StartAsync(cancellationToken);
        return app;
    }

    private static async Task<string> ClusterStateAsync(string clusterDirectory)
    {
        var start = new ProcessStartInfo($"{PostgresBuilderExtensions.DefaultBinDirectory}/pg_controldata") { RedirectStandardOutput = true };
        start.ArgumentList.Add(clusterDirectory);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output.Split('\n').Single(line => line.StartsWith("Database cluster state:", StringComparison.Ordinal));
    }
}
