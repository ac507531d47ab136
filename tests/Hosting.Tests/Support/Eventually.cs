namespace Hemit.Hosting.Tests.Support;

/// <summary>Waits for a condition that real processes reach in their own time; fails with the description after the limit.</summary>
public static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string description, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(60));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Still not true after {(limit ?? TimeSpan.FromSeconds(60)).TotalSeconds:0} s: {description}");
            }

            await Task.Delay(100);
        }
    }
}
