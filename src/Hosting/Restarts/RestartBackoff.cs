namespace Hemit.Hosting.Restarts;

/// <summary>
/// How long to wait before restarting a crashed project: 1 s, 2 s, 4 s … capped at 30 s. A project that stayed
/// healthy for a while (60 s) counts as recovered, and its next crash starts again at 1 s.
/// </summary>
public sealed class RestartBackoff(TimeProvider timeProvider)
{
    public static readonly TimeSpan InitialDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaximumDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan StableAfter = TimeSpan.FromSeconds(60);

    private int _consecutiveFailures;
    private DateTimeOffset? _healthySince;

    public RestartBackoff()
        : this(TimeProvider.System)
    {
    }

    public int ConsecutiveFailures => _consecutiveFailures;

    /// <summary>Call when the project is seen healthy; the first call starts the stability clock.</summary>
    public void RecordHealthy() => _healthySince ??= timeProvider.GetUtcNow();

    /// <summary>Call when the project exits unexpectedly; returns how long to wait before starting it again.</summary>
    public TimeSpan NextDelay()
    {
        if (_healthySince is { } since && timeProvider.GetUtcNow() - since >= StableAfter)
        {
            _consecutiveFailures = 0;
        }

        _healthySince = null;
        var exponent = Math.Min(_consecutiveFailures, 30);
        _consecutiveFailures++;
        var delay = TimeSpan.FromTicks(InitialDelay.Ticks * (1L << exponent));
        return delay < MaximumDelay ? delay : MaximumDelay;
    }

    /// <summary>A deliberate start or restart by a person: the next crash waits the initial delay again.</summary>
    public void Reset()
    {
        _consecutiveFailures = 0;
        _healthySince = null;
    }
}
