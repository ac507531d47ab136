namespace Hemit.Governance.Reporting;

/// <summary>
/// Whether a source's month is final, from what governance heard: closed when a closing came after the latest reopening.
/// Judged by the announcements' own times (one source's clock), so events arriving out of order give the same answer.
/// </summary>
public sealed record SourceMonthState(DateTimeOffset? ClosedAt, SourceReopening? LatestReopening)
{
    public bool Closed => ClosedAt is not null;

    public static SourceMonthState Of(IEnumerable<SourceClosing> closings, IEnumerable<SourceReopening> reopenings)
    {
        var latestReopening = reopenings.MaxBy(r => r.ReopenedAt);
        // The first closing after the latest reopening stands; closing again changes nothing.
        var closedAt = closings
            .Where(c => latestReopening is null || c.ClosedAt > latestReopening.ReopenedAt)
            .Select(c => (DateTimeOffset?)c.ClosedAt)
            .Min();
        return new SourceMonthState(closedAt, latestReopening);
    }
}
