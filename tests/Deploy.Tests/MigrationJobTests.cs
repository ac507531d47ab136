using System.Text.RegularExpressions;
using Hemit.TestSupport;
using Npgsql;
using Xunit;

namespace Hemit.Deploy.Tests;

/// <summary>
/// What the migration Jobs run: a service's own program with <c>Database__MigrateOnly=true</c>, on a database it has
/// never seen. It must bring the schema up to date and end with exit code 0 (a Job that never ends blocks the rollout).
/// </summary>
public sealed partial class MigrationJobTests
{
    [Fact]
    public async Task Finance_with_migrate_only_applies_every_migration_to_a_fresh_database_and_exits()
    {
        var database = await PlatformServers.Shared.CreateDatabaseAsync("finance_job");
        var expected = Directory.GetFiles(Repository.Path("src", "Finance", "Data", "Migrations"), "*.cs")
            .Select(file => Path.GetFileNameWithoutExtension(file)).Where(name => MigrationFile().IsMatch(name)).Order().ToList();
        Assert.NotEmpty(expected);

        RunAsJob(database); // Repository.Run fails the test on any exit code but 0, or after two minutes.
        Assert.Equal(expected, await AppliedAsync(database));

        // A second run (the next release's Job with nothing new) changes nothing and still ends.
        RunAsJob(database);
        Assert.Equal(expected, await AppliedAsync(database));
    }

    private static void RunAsJob(string database)
    {
        var program = Repository.Path("src", "Finance", "bin", Repository.Configuration, "net10.0", "Hemit.Finance");
        Repository.Run(program, [], Repository.Path("src", "Finance"), new Dictionary<string, string>
        {
            ["Database__MigrateOnly"] = "true",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__financedb"] = database,
            // The Job needs no broker: nothing listens here, and the service must end all the same.
            ["ConnectionStrings__messaging"] = "amqp://guest:guest@127.0.0.1:1/",
            ["Auth__Authority"] = "https://identity.invalid/",
            ["Auth__Audience"] = "finance",
            ["Kestrel__Endpoints__http__Url"] = "http://127.0.0.1:0",
            ["Kestrel__Endpoints__grpc__Url"] = "http://127.0.0.1:0",
        });
    }

    private static async Task<List<string>> AppliedAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY 1""", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var applied = new List<string>();
        while (await reader.ReadAsync())
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }

    /// <summary>A migration's own file, <c>20261120093000_Initial</c>, not its designer file.</summary>
    [GeneratedRegex(@"^\d{14}_\w+$")]
    private static partial Regex MigrationFile();
}
