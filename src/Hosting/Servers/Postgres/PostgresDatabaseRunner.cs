using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.Orchestration;
using Hemit.Hosting.Resources;

namespace Hemit.Hosting.Servers.Postgres;

/// <summary>Creates the database when it is missing; it is healthy when it exists and accepts a connection.</summary>
internal sealed class PostgresDatabaseRunner(PostgresDatabaseResource resource, ResourceContext context) : IResourceRunner
{
    public IResource Resource => resource;

    public IReadOnlyList<ResourceCommand> Commands => [];

    public IEnumerable<string> FindMissingPrerequisites() => [];

    public Task RecoverAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var created = await PostgresDatabases.CreateIfMissingAsync(resource.Server.GetConnectionString(), resource.DatabaseName, cancellationToken);
        context.WriteLine(created ? $"Created database {resource.DatabaseName}." : $"Database {resource.DatabaseName} exists.");
    }

    public Task<bool> CheckHealthAsync(CancellationToken cancellationToken) =>
        PostgresServerRunner.CanConnectAsync(resource.GetConnectionString(), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ExecuteCommandAsync(ResourceCommand command, CancellationToken cancellationToken) =>
        throw new DistributedApplicationException($"'{resource.Name}' accepts no commands.");
}
