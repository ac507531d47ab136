using Hemit.Hosting.Restarts;
using Xunit;

namespace Hemit.Hosting.Tests;

public sealed class RestartBackoffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 16)]
    [InlineData(6, 30)]
    [InlineData(40, 30)]
    public void Waits_double_up_to_thirty_seconds(int restart, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RestartBackoff.Delay(restart));

    [Fact]
    public void A_crash_after_a_long_run_starts_the_count_again_and_a_quick_one_adds_to_it()
    {
        Assert.Equal(1, RestartBackoff.NextRestart(previousRestarts: 5, ranFor: TimeSpan.FromMinutes(2)));
        Assert.Equal(6, RestartBackoff.NextRestart(previousRestarts: 5, ranFor: TimeSpan.FromSeconds(3)));
    }

    [Fact]
    public void There_is_no_restart_number_zero() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RestartBackoff.Delay(0));
}
