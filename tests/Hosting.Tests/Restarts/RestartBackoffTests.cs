using Hemit.Hosting.Restarts;
using Microsoft.Extensions.Time.Testing;

namespace Hemit.Hosting.Tests.Restarts;

public sealed class RestartBackoffTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_project_that_keeps_crashing_waits_1_2_4_8_16_then_30_seconds_at_most()
    {
        var backoff = new RestartBackoff(_clock);

        var delays = Enumerable.Range(0, 8).Select(_ => backoff.NextDelay().TotalSeconds).ToArray();

        Assert.Equal([1, 2, 4, 8, 16, 30, 30, 30], delays);
    }

    [Fact]
    public void A_project_healthy_for_a_minute_before_crashing_starts_again_at_one_second()
    {
        var backoff = new RestartBackoff(_clock);
        backoff.NextDelay();
        backoff.NextDelay();
        backoff.NextDelay();

        backoff.RecordHealthy();
        _clock.Advance(TimeSpan.FromSeconds(61));
        backoff.RecordHealthy();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.NextDelay());
        Assert.Equal(TimeSpan.FromSeconds(2), backoff.NextDelay());
    }

    [Fact]
    public void A_project_healthy_only_briefly_keeps_backing_off()
    {
        var backoff = new RestartBackoff(_clock);
        backoff.NextDelay();
        backoff.NextDelay();

        backoff.RecordHealthy();
        _clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(4), backoff.NextDelay());
    }

    [Fact]
    public void The_stability_clock_starts_again_after_each_crash()
    {
        var backoff = new RestartBackoff(_clock);
        backoff.RecordHealthy();
        _clock.Advance(TimeSpan.FromSeconds(50));
        backoff.NextDelay();

        // Healthy again for 20 s: 70 s since the first healthy sighting, but only 20 s since the crash.
        backoff.RecordHealthy();
        _clock.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(2), backoff.NextDelay());
    }

    [Fact]
    public void A_deliberate_restart_resets_the_sequence()
    {
        var backoff = new RestartBackoff(_clock);
        backoff.NextDelay();
        backoff.NextDelay();
        backoff.NextDelay();

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.NextDelay());
        Assert.Equal(1, backoff.ConsecutiveFailures);
    }
}
