namespace Hemit.Portal.Tests;

/// <summary>
/// A test class's data, pushed once into the shared stack however many of its tests start (xunit makes an instance
/// per test): keep one in a static field and call it from InitializeAsync.
/// </summary>
public sealed class SeedOnce
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _done;

    public async Task RunAsync(Func<Task> seed)
    {
        await _gate.WaitAsync();
        try
        {
            if (!_done)
            {
                await seed();
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }
}
