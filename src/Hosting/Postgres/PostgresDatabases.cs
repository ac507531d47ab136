using Npgsql;

namespace Hemit.Hosting.Postgres;

/// <summary>Databases on a PostgreSQL server, for the AppHost and for test fixtures.</summary>
public static class PostgresDatabases
{
    private const string DuplicateDatabase = "42P04";

    /// <summary>Two CREATE DATABASE of one name at the same moment: the loser trips over the catalogue's unique index.</summary>
    private const string UniqueViolation = "23505";

    /// <summary>Creates <paramref name="databaseName"/> on the server unless it exists; true when it was created now.</summary>
    public static async Task<bool> CreateIfMissingAsync(string serverConnectionString, string databaseName, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);

        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", databaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return false;
            }
        }

        // Identifiers cannot be parameters: quote the name.
        var quoted = "\"" + databaseName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState is DuplicateDatabase or UniqueViolation)
        {
            return false;
        }
    }
}
