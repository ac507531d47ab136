using Hemit.Hosting.ApplicationModel;
using Hemit.Hosting.Resources;

namespace Hemit.Hosting.Orchestration;

/// <summary>Starts, watches and stops one kind of resource (a PostgreSQL server, a database, a broker, a project).</summary>
internal interface IResourceRunner
{
    IResource Resource { get; }

    /// <summary>What is missing before anything starts (a binary, a built assembly), as messages saying what to do.</summary>
    IEnumerable<string> FindMissingPrerequisites();

    /// <summary>Stops what a killed run left behind in the data folder, before ports are allocated.</summary>
    Task RecoverAsync(CancellationToken cancellationToken);

    /// <summary>Starts the resource; returns when it runs (servers: when they accept connections). Throws when it cannot.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    Task<bool> CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>Stops the resource cleanly; safe to call when it never started or started only partly.</summary>
    Task StopAsync(CancellationToken cancellationToken);

    /// <summary>Commands a person may run on it now (projects: start, stop, restart).</summary>
    IReadOnlyList<ResourceCommand> Commands { get; }

    Task ExecuteCommandAsync(ResourceCommand command, CancellationToken cancellationToken);
}
