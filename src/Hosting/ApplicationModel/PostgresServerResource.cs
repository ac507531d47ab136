using Npgsql;

namespace Hemit.Hosting.ApplicationModel;

/// <summary>A PostgreSQL server: our own postmaster in the data folder, or one named by <c>ConnectionStrings:&lt;name&gt;</c>.</summary>
public sealed class PostgresServerResource : Resource, IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string SuperUser = "postgres";

    private readonly List<PostgresDatabaseResource> _databases = [];

    public PostgresServerResource(string name, string? externalConnectionString = null)
        : base(name)
    {
        ExternalConnectionString = externalConnectionString;
        if (externalConnectionString is null)
        {
            AddEndpoint(new EndpointAnnotation(EndpointName, "tcp", EndpointProtocol.Tcp));
        }
    }

    public override string ResourceType => "PostgresServer";

    /// <summary>Set when the server is supplied from outside (Aspire's AddConnectionString); then nothing is started.</summary>
    public string? ExternalConnectionString { get; }

    public bool IsExternal => ExternalConnectionString is not null;

    public IReadOnlyList<PostgresDatabaseResource> Databases => _databases;

    public bool ConnectionStringHasSecret =>
        IsExternal && !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(ExternalConnectionString).Password);

    public string GetConnectionString()
    {
        if (ExternalConnectionString is not null)
        {
            return ExternalConnectionString;
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = EndpointAnnotation.Host,
            Port = GetEndpoint(EndpointName).Port,
            Username = SuperUser,
        };
        return builder.ConnectionString;
    }

    internal void AddDatabase(PostgresDatabaseResource database)
    {
        if (_databases.Any(d => string.Equals(d.DatabaseName, database.DatabaseName, StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Server '{Name}' already has a database named '{database.DatabaseName}'.");
        }

        _databases.Add(database);
    }
}
