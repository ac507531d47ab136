using Aspire.Hosting.ApplicationModel;

namespace Hemit.Hosting.Postgres;

/// <summary>A PostgreSQL server the services' databases live on: our own local process, or one given by connection string.</summary>
public interface IPostgresServerResource : IResourceWithConnectionString, IResourceWithWaitSupport
{
    /// <summary>Resource name to database name of every database added with <c>AddDatabase</c>.</summary>
    IReadOnlyDictionary<string, string> Databases { get; }

    internal void AddDatabase(string resourceName, string databaseName);
}

/// <summary>
/// PostgreSQL 15 from the Debian binaries, run by DCP as an executable with its data under the data folder,
/// listening on 127.0.0.1 on a port Aspire chooses. Trust authentication: loopback development only.
/// </summary>
public sealed class LocalPostgresServerResource(string name, string dataDirectory, string binDirectory)
    : ExecutableResource(name, Servers.ServerProcess.Shell, dataDirectory), IPostgresServerResource
{
    internal const string EndpointName = "tcp";
    public const string SuperUser = "postgres";

    private readonly Dictionary<string, string> _databases = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cluster's folder (<c>initdb</c>'s <c>-D</c>).</summary>
    public string ClusterDirectory { get; } = Path.Combine(dataDirectory, "data");

    public string BinDirectory { get; } = binDirectory;

    public EndpointReference PrimaryEndpoint => new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host={PrimaryEndpoint.Property(EndpointProperty.Host)};Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username={SuperUser}");

    public IReadOnlyDictionary<string, string> Databases => _databases;

    void IPostgresServerResource.AddDatabase(string resourceName, string databaseName) => _databases.TryAdd(resourceName, databaseName);
}

/// <summary>A PostgreSQL server that runs elsewhere, named by <c>ConnectionStrings:&lt;name&gt;</c>; nothing is started.</summary>
public sealed class ExternalPostgresServerResource(string name, ParameterResource connectionString)
    : Resource(name), IPostgresServerResource
{
    private readonly Dictionary<string, string> _databases = new(StringComparer.OrdinalIgnoreCase);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{connectionString}");

    public IReadOnlyDictionary<string, string> Databases => _databases;

    void IPostgresServerResource.AddDatabase(string resourceName, string databaseName) => _databases.TryAdd(resourceName, databaseName);
}

/// <summary>One service's database on a <see cref="IPostgresServerResource"/>; created when the server is ready.</summary>
public sealed class PostgresDatabaseResource(string name, string databaseName, IPostgresServerResource parent)
    : Resource(name), IResourceWithParent<IPostgresServerResource>, IResourceWithConnectionString, IResourceWithWaitSupport
{
    public string DatabaseName { get; } = databaseName;

    public IPostgresServerResource Parent { get; } = parent;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
