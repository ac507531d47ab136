using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Hemit.Hosting.Resources;

/// <summary>
/// The one place resource state lives while the application runs: runners write snapshots and console lines here,
/// the console table, the endpoints file and the dashboard feed read and watch them.
/// </summary>
internal sealed class ResourceMonitor(TimeProvider timeProvider, int consoleLinesPerResource = 10_000) : IResourceMonitor
{
    private readonly Lock _gate = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, ResourceSnapshot> _snapshots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConsoleLogBuffer> _logs = new(StringComparer.Ordinal);
    private readonly List<Channel<ResourceSnapshot>> _resourceWatchers = [];
    private readonly List<(string? Resource, Channel<ConsoleLogLine> Channel)> _logWatchers = [];

    /// <summary>Runs the start/stop/restart commands; set by the orchestrator.</summary>
    public Func<string, ResourceCommand, CancellationToken, Task>? CommandHandler { get; set; }

    /// <summary>Raised after every change, outside the lock.</summary>
    public event Action<ResourceSnapshot>? Changed;

    /// <summary>Raised for every console line, outside the lock.</summary>
    public event Action<ConsoleLogLine>? LineWritten;

    public void Register(ResourceSnapshot snapshot)
    {
        lock (_gate)
        {
            _order.Add(snapshot.Name);
            _snapshots[snapshot.Name] = snapshot;
            _logs[snapshot.Name] = new ConsoleLogBuffer(snapshot.Name, consoleLinesPerResource);
        }
    }

    public ResourceSnapshot Get(string name)
    {
        lock (_gate)
        {
            return _snapshots.TryGetValue(name, out var snapshot)
                ? snapshot
                : throw new ArgumentException($"There is no resource named '{name}'.", nameof(name));
        }
    }

    public ResourceSnapshot Update(string name, Func<ResourceSnapshot, ResourceSnapshot> change)
    {
        ResourceSnapshot updated;
        lock (_gate)
        {
            var current = _snapshots[name];
            updated = change(current);
            if (updated == current)
            {
                return current;
            }

            _snapshots[name] = updated;
            foreach (var watcher in _resourceWatchers)
            {
                watcher.Writer.TryWrite(updated);
            }
        }

        Changed?.Invoke(updated);
        return updated;
    }

    public void WriteLine(string resource, string text, bool isError)
    {
        ConsoleLogLine line;
        lock (_gate)
        {
            line = _logs[resource].Append(text, isError, timeProvider.GetUtcNow());
            foreach (var (filter, channel) in _logWatchers)
            {
                if (filter is null || filter == resource)
                {
                    channel.Writer.TryWrite(line);
                }
            }
        }

        LineWritten?.Invoke(line);
    }

    public IReadOnlyList<ResourceSnapshot> GetResources()
    {
        lock (_gate)
        {
            return [.. _order.Select(name => _snapshots[name])];
        }
    }

    public IAsyncEnumerable<ResourceSnapshot> WatchResources(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateUnbounded<ResourceSnapshot>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _resourceWatchers.Add(channel);
        }

        return ReadUntilCancelled(channel, () =>
        {
            lock (_gate)
            {
                _resourceWatchers.Remove(channel);
            }
        }, cancellationToken);
    }

    public IAsyncEnumerable<ConsoleLogLine> WatchConsoleLogs(string? resource, CancellationToken cancellationToken)
    {
        // Kept lines and the subscription are taken under one lock: no line is missed or repeated between them.
        var channel = Channel.CreateBounded<ConsoleLogLine>(
            new BoundedChannelOptions(consoleLinesPerResource) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });
        IReadOnlyList<ConsoleLogLine> kept;
        lock (_gate)
        {
            if (resource is not null && !_logs.ContainsKey(resource))
            {
                throw new ArgumentException($"There is no resource named '{resource}'.", nameof(resource));
            }

            kept = resource is null
                ? [.. _logs.Values.SelectMany(b => b.Lines).OrderBy(l => l.Timestamp).ThenBy(l => l.Resource, StringComparer.Ordinal).ThenBy(l => l.LineNumber)]
                : _logs[resource].Lines;
            _logWatchers.Add((resource, channel));
        }

        return KeptThenLive(kept, channel, cancellationToken);
    }

    public Task ExecuteCommandAsync(string resource, ResourceCommand command, CancellationToken cancellationToken)
    {
        var handler = CommandHandler ?? throw new InvalidOperationException("The application is not running.");
        return handler(resource, command, cancellationToken);
    }

    private async IAsyncEnumerable<ConsoleLogLine> KeptThenLive(
        IReadOnlyList<ConsoleLogLine> kept, Channel<ConsoleLogLine> channel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            foreach (var line in kept)
            {
                yield return line;
            }

            await foreach (var line in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return line;
            }
        }
        finally
        {
            lock (_gate)
            {
                _logWatchers.RemoveAll(w => w.Channel == channel);
            }
        }
    }

    private static async IAsyncEnumerable<ResourceSnapshot> ReadUntilCancelled(
        Channel<ResourceSnapshot> channel, Action unsubscribe, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var snapshot in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return snapshot;
            }
        }
        finally
        {
            unsubscribe();
        }
    }
}
