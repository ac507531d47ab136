using Hemit.TestSupport;
using System.Diagnostics;
using Hemit.Hosting.Advertising;
using Hemit.Hosting.Processes;
using Hemit.Hosting.Resources;
using Hemit.Hosting.Servers.RabbitMQ;
using Hemit.Hosting.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace Hemit.Hosting.Tests.Servers;

/// <summary>Real PostgreSQL and RabbitMQ started by the library in a temporary data folder, twice.</summary>
[Collection(RealProcessesCollection.Name)]
public sealed class ServerLifecycleTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryDataFolder _folder = new();

    private DistributedApplication CreateApplication()
    {
        var builder = QuietApplications.CreateBuilder(_folder.Path, advertiseEndpoints: true);
        var postgres = builder.AddPostgres("postgres");
        postgres.AddDatabase("financedb");
        postgres.AddDatabase("governancedb");
        builder.AddRabbitMQ("messaging");
        return builder.Build();
    }

    [Fact]
    public async Task Servers_start_create_databases_stop_without_leftovers_and_start_again_on_the_same_data()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        // First start: a new cluster, a new broker node.
        var cold = Stopwatch.StartNew();
        await using (var first = CreateApplication())
        {
            await first.StartAsync(timeout.Token);
            output.WriteLine($"cold start of postgres + rabbitmq: {cold.Elapsed.TotalSeconds:0.0} s");

            Assert.All(first.ResourceMonitor.GetResources(), r => Assert.Equal((ResourceState.Running, ResourceHealth.Healthy), (r.State, r.Health)));
            Assert.Equal("financedb", await ScalarAsync(first.GetConnectionString("financedb"), "SELECT current_database()"));
            Assert.Equal("governancedb", await ScalarAsync(first.GetConnectionString("governancedb"), "SELECT current_database()"));
            await ExecuteAsync(first.GetConnectionString("financedb"), "CREATE TABLE ledger_line (id int PRIMARY KEY, amount numeric(18,2)); INSERT INTO ledger_line VALUES (1, -3401.00)");

            var amqp = first.GetEndpoint("messaging", "amqp");
            Assert.True(await AmqpProbe.RespondsAsync(amqp.Host, amqp.Port, TimeSpan.FromSeconds(5), timeout.Token));

            var advertised = EndpointsFile.ReadIfRunning(_folder.Path);
            Assert.NotNull(advertised);
            Assert.Equal(first.GetEndpoint("postgres", "tcp").ToString().TrimEnd('/'), advertised.FindEndpoint("postgres", "tcp"));
            Assert.Equal(["postgres", "financedb", "governancedb", "messaging"], advertised.Resources.Select(r => r.Name));

            Assert.NotEmpty(ProcessTable.FindMentioning(_folder.Path + "/"));
            await first.StopAsync(timeout.Token);
        }

        AssertNothingRunsFromTheDataFolder();
        Assert.False(File.Exists(Path.Combine(_folder.Path, EndpointsFile.FileName)));
        var postgresPort = PortRecordedFor("postgres/tcp");
        var amqpPort = PortRecordedFor("messaging/amqp");

        // Second start: the same cluster and node, on the same ports (they are free again).
        var warm = Stopwatch.StartNew();
        await using (var second = CreateApplication())
        {
            await second.StartAsync(timeout.Token);
            output.WriteLine($"warm start of postgres + rabbitmq: {warm.Elapsed.TotalSeconds:0.0} s");

            Assert.Equal(postgresPort, second.GetEndpoint("postgres", "tcp").Port);
            Assert.Equal(amqpPort, second.GetEndpoint("messaging", "amqp").Port);
            Assert.Equal(-3401.00m, await ScalarAsync(second.GetConnectionString("financedb"), "SELECT amount FROM ledger_line WHERE id = 1"));
            var databaseLog = await ConsoleLogs.KeptLinesAsync(second, "financedb");
            Assert.Contains("Database financedb exists.", databaseLog);
            await second.StopAsync(timeout.Token);
        }

        AssertNothingRunsFromTheDataFolder();
    }

    [Fact]
    public async Task Servers_left_running_by_a_killed_host_are_stopped_cleanly_and_their_data_kept()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var killedHost = CreateApplication();
        await killedHost.StartAsync(timeout.Token);
        await ExecuteAsync(killedHost.GetConnectionString("governancedb"), "CREATE TABLE board_meeting (id int); INSERT INTO board_meeting VALUES (42)");
        var postgresProcess = killedHost.ResourceMonitor.GetResources().Single(r => r.Name == "postgres").ProcessId;
        await killedHost.AbandonAsync();

        Assert.True(postgresProcess is { } pid && Posix.IsAlive(pid), "the abandoned postgres should still run");

        await using (var next = CreateApplication())
        {
            await next.StartAsync(timeout.Token);

            Assert.False(Posix.IsAlive(postgresProcess!.Value));
            Assert.Equal(42, await ScalarAsync(next.GetConnectionString("governancedb"), "SELECT id FROM board_meeting"));
            Assert.Contains(await ConsoleLogs.KeptLinesAsync(next, "postgres"), l => l.Contains("left running by an earlier run", StringComparison.Ordinal));
            Assert.Contains(await ConsoleLogs.KeptLinesAsync(next, "messaging"), l => l.Contains("left running by an earlier run", StringComparison.Ordinal));
            await next.StopAsync(timeout.Token);
        }

        AssertNothingRunsFromTheDataFolder();
    }

    [Fact]
    public async Task A_postgres_killed_outright_recovers_from_its_log_on_the_next_start()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        builder.AddPostgres("postgres").AddDatabase("projectsdb");
        var crashed = builder.Build();
        await crashed.StartAsync(timeout.Token);
        await ExecuteAsync(crashed.GetConnectionString("projectsdb"), "CREATE TABLE work_order (id int); INSERT INTO work_order VALUES (7)");
        var postmaster = crashed.ResourceMonitor.GetResources().Single(r => r.Name == "postgres").ProcessId!.Value;
        await crashed.AbandonAsync();

        Posix.Signal(postmaster, Posix.SIGKILL);
        await Eventually.TrueAsync(() => !Posix.IsAlive(postmaster), "the killed postmaster is gone");
        await Eventually.TrueAsync(() => ProcessTable.FindMentioning(_folder.Path + "/").Count == 0, "postgres backends follow the postmaster");
        Assert.True(File.Exists(Path.Combine(_folder.Path, "postgres", "data", "postmaster.pid")), "the killed server leaves its lock file");

        var again = QuietApplications.CreateBuilder(_folder.Path);
        again.AddPostgres("postgres").AddDatabase("projectsdb");
        await using (var recovered = again.Build())
        {
            await recovered.StartAsync(timeout.Token);

            Assert.Equal(7, await ScalarAsync(recovered.GetConnectionString("projectsdb"), "SELECT id FROM work_order"));
            await recovered.StopAsync(timeout.Token);
        }

        AssertNothingRunsFromTheDataFolder();
    }

    [Fact]
    public async Task A_second_host_on_the_same_data_folder_is_refused_while_the_first_runs()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = QuietApplications.CreateBuilder(_folder.Path);
        builder.AddPostgres("postgres");
        await using var first = builder.Build();
        await first.StartAsync(timeout.Token);

        var secondBuilder = QuietApplications.CreateBuilder(_folder.Path);
        secondBuilder.AddPostgres("postgres");
        await using var second = secondBuilder.Build();
        var error = await Assert.ThrowsAsync<DistributedApplicationException>(() => second.StartAsync(timeout.Token));

        Assert.Contains("in use by another running AppHost", error.Message);
        Assert.Equal(ResourceHealth.Healthy, first.ResourceMonitor.GetResources().Single().Health);
        await first.StopAsync(timeout.Token);
        AssertNothingRunsFromTheDataFolder();
    }

    public void Dispose() => _folder.Dispose();

    private void AssertNothingRunsFromTheDataFolder()
    {
        var leftovers = ProcessTable.FindMentioning(_folder.Path + "/");
        Assert.True(leftovers.Count == 0, "left running: " + string.Join("; ", leftovers.Select(p => $"{p.ProcessId} {p.CommandLine}")));
    }

    private int PortRecordedFor(string key)
    {
        using var state = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, "state.json")));
        return state.RootElement.GetProperty("Ports").GetProperty(key).GetInt32();
    }

    /// <summary>Servers are stopped and started under the test's feet; pooled connections would outlive them.</summary>
    private static string Unpooled(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    private static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(Unpooled(connectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
