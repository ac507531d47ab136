namespace Hemit.Hosting.Restarts;

/// <summary>
/// How long to wait before restarting a crashed service: 1 s, 2 s, 4 s … at most 30 s. A service that ran for longer
/// than the longest wait before it crashed starts again from 1 s: it was up, not crash-looping.
/// </summary>
public static class RestartBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    /// <summary>The wait before restart number <paramref name="restart"/> (1 for the first restart in a row).</summary>
    public static TimeSpan Delay(int restart)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(restart, 1);
        var seconds = Math.Pow(2, Math.Min(restart - 1, 16)) * First.TotalSeconds;
        return TimeSpan.FromSeconds(Math.Min(seconds, Longest.TotalSeconds));
    }

    /// <summary>The number of this crash in a row: 1 after a long enough run, else one more than before.</summary>
    public static int NextRestart(int previousRestarts, TimeSpan ranFor) => ranFor > Longest ? 1 : previousRestarts + 1;
}
