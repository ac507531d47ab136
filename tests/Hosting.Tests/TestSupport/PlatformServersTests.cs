using Hemit.Hosting.Processes;
using Hemit.Hosting.Servers.RabbitMQ;
using Hemit.Hosting.Tests.Support;
using Hemit.TestSupport;
using Npgsql;

namespace Hemit.Hosting.Tests.TestSupport;

/// <summary>The fixture every integration test project uses.</summary>
[Collection(RealProcessesCollection.Name)]
public sealed class PlatformServersTests
{
    [Fact]
    public async Task Each_test_gets_its_own_database_and_messaging_starts_only_when_asked_for()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var servers = new PlatformServers();
        var external = Environment.GetEnvironmentVariable("ConnectionStrings__postgres") is { Length: > 0 };
        try
        {
            var first = await servers.CreateDatabaseAsync("finance", timeout.Token);
            var second = await servers.CreateDatabaseAsync("finance", timeout.Token);

            Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);
            Assert.StartsWith("finance_", new NpgsqlConnectionStringBuilder(first).Database);
            await using (var connection = new NpgsqlConnection(first))
            {
                await connection.OpenAsync(timeout.Token);
                await using var tables = new NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
                Assert.Equal(0L, await tables.ExecuteScalarAsync(timeout.Token));
            }

            if (!external)
            {
                Assert.False(Directory.Exists(Path.Combine(servers.DataRoot, "messaging")), "RabbitMQ must not start before a test asks for it");
            }

            var messaging = await servers.GetMessagingConnectionStringAsync(timeout.Token);
            var (host, port) = AmqpProbe.ParseEndpoint(messaging);
            Assert.True(await AmqpProbe.RespondsAsync(host, port, TimeSpan.FromSeconds(5), timeout.Token));
            Assert.Same(messaging, await servers.GetMessagingConnectionStringAsync(timeout.Token));
        }
        finally
        {
            await servers.DisposeAsync();
        }

        Assert.Empty(ProcessTable.FindMentioning(servers.DataRoot + "/"));
        Assert.False(Directory.Exists(servers.DataRoot));
    }

    [Theory]
    [InlineData("Finance")]
    [InlineData("finance-db")]
    [InlineData("1finance")]
    public void Database_prefixes_are_plain_lower_case_words(string prefix)
    {
        var error = Assert.Throws<ArgumentException>(() => DatabaseNames.Unique(prefix));

        Assert.Contains($"'{prefix}'", error.Message);
    }
}
