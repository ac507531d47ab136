using Hemit.Hosting.ApplicationModel;
using Microsoft.Extensions.Configuration;

namespace Hemit.Hosting;

public static class PostgresBuilderExtensions
{
    /// <summary>
    /// A PostgreSQL server. When <c>ConnectionStrings:&lt;name&gt;</c> is configured (or the environment variable
    /// <c>ConnectionStrings__&lt;name&gt;</c> is set) that server is used and nothing is started.
    /// </summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this IDistributedApplicationBuilder builder, string name)
    {
        var supplied = builder.Configuration.GetConnectionString(name);
        return builder.AddResource(new PostgresServerResource(name, string.IsNullOrWhiteSpace(supplied) ? null : supplied));
    }

    /// <summary>A database on the server, created when missing; <paramref name="databaseName"/> defaults to the resource name.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> builder, string name, string? databaseName = null)
    {
        var database = new PostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        var added = builder.ApplicationBuilder.AddResource(database);
        builder.Resource.AddDatabase(database);
        return added;
    }
}
