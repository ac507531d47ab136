namespace Hemit.Hosting.Resources;

/// <summary>Lifecycle of one resource as the dashboard and the console table show it.</summary>
public enum ResourceState
{
    NotStarted,
    Waiting,
    Starting,
    Running,
    Stopping,
    Stopped,
    Exited,
    FailedToStart,
}

public enum ResourceHealth
{
    Unknown,
    Healthy,
    Unhealthy,
}

public enum ResourceCommand
{
    Start,
    Stop,
    Restart,
}

public sealed record ResourceEndpoint(string Name, string Url);

/// <summary>An immutable view of one resource at one moment.</summary>
/// <param name="Environment">What the resource's process receives; secret values are already masked.</param>
public sealed record ResourceSnapshot(
    string Name,
    string Type,
    ResourceState State,
    ResourceHealth Health,
    IReadOnlyList<ResourceEndpoint> Endpoints,
    IReadOnlyDictionary<string, string> Environment,
    IReadOnlySet<string> SecretVariables,
    int Restarts,
    int? ProcessId,
    int? ExitCode,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    IReadOnlyList<string> WaitsFor,
    IReadOnlyList<ResourceCommand> Commands);

/// <summary>One line a resource's process wrote to stdout or stderr.</summary>
public sealed record ConsoleLogLine(string Resource, long LineNumber, DateTimeOffset Timestamp, string Text, bool IsError);

/// <summary>
/// What the running application tells about its resources: the console table, the dashboard feed
/// and the endpoints file all read from here.
/// </summary>
public interface IResourceMonitor
{
    IReadOnlyList<ResourceSnapshot> GetResources();

    /// <summary>Every change to any resource, as the new snapshot of that resource.</summary>
    IAsyncEnumerable<ResourceSnapshot> WatchResources(CancellationToken cancellationToken);

    /// <summary>Kept lines (bounded) then live ones; <paramref name="resource"/> null means all resources in time order.</summary>
    IAsyncEnumerable<ConsoleLogLine> WatchConsoleLogs(string? resource, CancellationToken cancellationToken);

    Task ExecuteCommandAsync(string resource, ResourceCommand command, CancellationToken cancellationToken);
}
