using System.Text.RegularExpressions;
using Npgsql;

namespace Hemit.Hosting.ApplicationModel;

/// <summary>One database on a PostgreSQL server, created when missing. Healthy when it exists and accepts a connection.</summary>
public sealed partial class PostgresDatabaseResource : Resource, IResourceWithConnectionString, IResourceWithParent
{
    public PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
        : base(name)
    {
        if (!DatabaseNamePattern().IsMatch(databaseName))
        {
            throw new ArgumentException(
                $"Database name '{databaseName}' is not valid: use lower-case letters, digits and underscores, starting with a letter, at most 63 characters.",
                nameof(databaseName));
        }

        DatabaseName = databaseName;
        Server = server;
    }

    public override string ResourceType => "PostgresDatabase";

    public string DatabaseName { get; }

    public PostgresServerResource Server { get; }

    public IResource Parent => Server;

    public bool ConnectionStringHasSecret => Server.ConnectionStringHasSecret;

    public string GetConnectionString() =>
        new NpgsqlConnectionStringBuilder(Server.GetConnectionString()) { Database = DatabaseName }.ConnectionString;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseNamePattern();
}
