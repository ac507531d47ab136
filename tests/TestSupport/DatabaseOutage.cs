using Npgsql;

namespace Hemit.TestSupport;

/// <summary>
/// PostgreSQL refuses new connections to one database and ends the open ones, until disposed: what a service sees
/// when its database is unreachable.
/// </summary>
public sealed class DatabaseOutage : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private DatabaseOutage(string server, string database)
    {
        _server = server;
        _name = new NpgsqlConnectionStringBuilder(database).Database!;
    }

    /// <param name="server">A connection string to the server with the right to alter the database.</param>
    /// <param name="database">The database's connection string.</param>
    public static async Task<DatabaseOutage> BeginAsync(string server, string database)
    {
        var outage = new DatabaseOutage(server, database);
        await outage.ExecuteAsync($"ALTER DATABASE \"{outage._name}\" ALLOW_CONNECTIONS false");
        await outage.ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{outage._name}'");
        return outage;
    }

    public ValueTask DisposeAsync() => new(ExecuteAsync($"ALTER DATABASE \"{_name}\" ALLOW_CONNECTIONS true"));

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
