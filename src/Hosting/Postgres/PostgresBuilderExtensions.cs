using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Hemit.Hosting.Servers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hemit.Hosting.Postgres;

/// <summary>
/// <c>AddLocalPostgres</c> / <c>AddDatabase</c>: the shape of Aspire's <c>AddPostgres</c>, with PostgreSQL 15 run from
/// the Debian binaries instead of a container (there is no container engine here).
/// </summary>
public static class PostgresBuilderExtensions
{
    /// <summary>Where Debian's postgresql package puts the server; <c>Hemit:PostgresBinDirectory</c> overrides it.</summary>
    public const string DefaultBinDirectory = "/usr/lib/postgresql/15/bin";

    /// <summary>PostgreSQL's <c>max_connections</c> for the local server; 100 by default.</summary>
    public const int MaxConnections = 300;

    private const string ServerUser = "postgres";

    /// <summary>
    /// A PostgreSQL server: with <c>ConnectionStrings:&lt;name&gt;</c> configured, that server (nothing is started);
    /// otherwise our own, with its cluster in <c>&lt;data folder&gt;/&lt;name&gt;</c> kept between runs.
    /// Databases added to it are created once it accepts connections.
    /// </summary>
    public static IResourceBuilder<IPostgresServerResource> AddLocalPostgres(
        this IDistributedApplicationBuilder builder, [ResourceName] string name, string? dataDirectory = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var server = ExternalServer.IsConfigured(builder, name)
            ? ExternalServer.Add<IPostgresServerResource>(
                builder, name, "PostgreSQL (external)", connectionString => new ExternalPostgresServerResource(name, connectionString))
            : builder.CreateResourceBuilder<IPostgresServerResource>(CreateLocalServer(builder, name, dataDirectory));

        return server.WithIconName("DatabaseMultiple").WithNpgsqlHealthCheck(builder, maintenanceDatabase: true);
    }

    /// <summary>A database on <paramref name="server"/>, created (if missing) when the server is ready; its connection string names it.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<IPostgresServerResource> server, [ResourceName] string name, string? databaseName = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var database = new PostgresDatabaseResource(name, databaseName ?? name, server.Resource);
        server.Resource.AddDatabase(database.Name, database.DatabaseName);

        // Aspire hands a parent's state to its children only for containers: a database of an executable server
        // would never become Running and WaitFor(db) would hang. So each database runs its own small lifecycle.
        return server.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgreSQL database",
                State = KnownResourceStates.Waiting,
                Properties = [new ResourcePropertySnapshot("database", database.DatabaseName)],
            })
            .WithIconName("Database")
            .OnInitializeResource(CreateWhenServerIsReadyAsync)
            .WithNpgsqlHealthCheck(server.ApplicationBuilder, maintenanceDatabase: false);
    }

    private static LocalPostgresServerResource CreateLocalServer(IDistributedApplicationBuilder builder, string name, string? dataDirectory)
    {
        var binDirectory = builder.Configuration["Hemit:PostgresBinDirectory"] ?? DefaultBinDirectory;
        var postgres = Path.Combine(binDirectory, "postgres");
        ServerProcess.RequireBinary(postgres, "PostgreSQL 15", "postgresql", name);

        var folder = dataDirectory ?? Path.Combine(DataFolder.Resolve(builder), name);
        var resource = new LocalPostgresServerResource(name, folder, binDirectory);
        builder.AddResource(resource)
            .WithEndpoint(name: LocalPostgresServerResource.EndpointName, scheme: "tcp", isProxied: false)
            .WithArgs(context =>
            {
                // SIGINT is PostgreSQL's "fast" shutdown: clients are disconnected, nothing needs recovery next time.
                foreach (var argument in ServerProcess.WrapperArguments("INT", "", ServerUser, postgres))
                {
                    context.Args.Add(argument);
                }

                context.Args.Add("-D");
                context.Args.Add(resource.ClusterDirectory);
                context.Args.Add("-p");
                context.Args.Add(resource.PrimaryEndpoint.Property(EndpointProperty.TargetPort));
                context.Args.Add("-k");
                context.Args.Add(folder);
                context.Args.Add("-c");
                context.Args.Add("listen_addresses=127.0.0.1");
                // As the production cluster (deploy/base/data/postgres-cluster.yaml): one server holds every service's database
                // here, each service with its own pool (relay workers, inbox and audit writers, requests), and a test
                // run starts many services on it.
                context.Args.Add("-c");
                context.Args.Add($"max_connections={MaxConnections}");
            })
            .OnBeforeResourceStarted((server, @event, _) =>
            {
                PostgresCluster.Prepare(server, @event.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server));
                return Task.CompletedTask;
            });
        return resource;
    }

    private static async Task CreateWhenServerIsReadyAsync(
        PostgresDatabaseResource database, InitializeResourceEvent @event, CancellationToken cancellationToken)
    {
        var logger = @event.Logger;
        await @event.Notifications.WaitForResourceHealthyAsync(database.Parent.Name, cancellationToken);
        await @event.Notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Starting });
        try
        {
            var serverConnectionString = await database.Parent.ConnectionStringExpression.GetValueAsync(cancellationToken);
            var created = await PostgresDatabases.CreateIfMissingAsync(serverConnectionString!, database.DatabaseName, cancellationToken);
            logger.LogInformation(created ? "Created database {Database}" : "Database {Database} exists", database.DatabaseName);
            await @event.Notifications.PublishUpdateAsync(database, s => s with
            {
                State = KnownResourceStates.Running,
                StartTimeStamp = DateTime.UtcNow,
            });
        }
        catch (Exception exception) when (exception is NpgsqlException or PostgresException)
        {
            logger.LogError(exception, "Could not create database {Database}", database.DatabaseName);
            await @event.Notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.FailedToStart });
        }
    }

    /// <summary>A health check that opens a connection: to the server's <c>postgres</c> database, or to the database itself.</summary>
    private static IResourceBuilder<T> WithNpgsqlHealthCheck<T>(
        this IResourceBuilder<T> resource, IDistributedApplicationBuilder builder, bool maintenanceDatabase)
        where T : IResourceWithConnectionString
    {
        // Resolved on the first check: health checks run only once the resource runs, when its port is known.
        string? connectionString = null;
        string Resolve()
        {
            var value = resource.Resource.ConnectionStringExpression.GetValueAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult()
                ?? throw new InvalidOperationException($"'{resource.Resource.Name}' has no connection string.");
            return maintenanceDatabase ? new NpgsqlConnectionStringBuilder(value) { Database = "postgres" }.ConnectionString : value;
        }

        var key = $"{resource.Resource.Name}_check";
        builder.Services.AddHealthChecks().AddNpgSql(_ => connectionString ??= Resolve(), name: key);
        return resource.WithHealthCheck(key);
    }
}
