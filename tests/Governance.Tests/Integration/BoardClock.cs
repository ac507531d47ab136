namespace Hemit.Governance.Tests.Integration;

/// <summary>
/// The governance service's wall clock, set by the test to the day a board secretary acts on (the notice of
/// 12 November 2021); timers and delays keep running on real time.
/// </summary>
public sealed class BoardClock : TimeProvider
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    // Until a test sets its day, a day before any test data: the service's start-up sweep for overdue assignments
    // then finds nothing, even when it runs after a test has saved assignments under a day it set meanwhile.
    private DateTimeOffset _now = new(2000, 1, 3, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Sets the clock to 10:00 Oslo time on <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(10, 0));
        _now = new DateTimeOffset(local, Oslo.GetUtcOffset(local)).ToUniversalTime();
    }

    public override DateTimeOffset GetUtcNow() => _now;
}
