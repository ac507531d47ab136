using Xunit;

namespace Hemit.TestSupport;

/// <summary>Polls until a condition over real, asynchronous processes holds, failing with the last value seen.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task<T> ReachAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? DefaultLimit);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"{what}: not reached within {(limit ?? DefaultLimit).TotalSeconds:0} s; last value: {value}");
            }

            await Task.Delay(PollInterval);
        }
    }

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? limit = null) =>
        ReachAsync(() => Task.FromResult(condition()), holds => holds, what, limit);
}
