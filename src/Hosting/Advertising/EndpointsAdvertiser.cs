using Hemit.Contracts.Advertising;
using Hemit.Hosting.Resources;

namespace Hemit.Hosting.Advertising;

/// <summary>Keeps endpoints.json in step with the resources: rewritten shortly after each change, deleted on stop.</summary>
internal sealed class EndpointsAdvertiser(ResourceMonitor monitor, string dataDirectory) : IAsyncDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);

    private readonly DateTimeOffset _startedAt = DateTimeOffset.UtcNow;
    private readonly SemaphoreSlim _changed = new(0);
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    public void Start()
    {
        Write();
        monitor.Changed += OnChanged;
        _loop = RunAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        monitor.Changed -= OnChanged;
        await _stop.CancelAsync();
        await _loop;
        EndpointsFile.Delete(dataDirectory);
        _stop.Dispose();
        _changed.Dispose();
    }

    private void OnChanged(ResourceSnapshot snapshot) => _changed.Release();

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await _changed.WaitAsync(cancellationToken);
                await Task.Delay(Debounce, cancellationToken);
                while (_changed.CurrentCount > 0)
                {
                    await _changed.WaitAsync(cancellationToken);
                }

                Write();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Write()
    {
        var resources = monitor.GetResources()
            .Select(s => new AdvertisedResource(
                s.Name,
                s.Type,
                s.State.ToString(),
                s.Health.ToString(),
                s.Endpoints.ToDictionary(e => e.Name, e => e.Url)))
            .ToList();
        EndpointsFile.Write(
            new AdvertisedEndpoints { AppHostPid = Environment.ProcessId, StartedAt = _startedAt, Resources = resources },
            dataDirectory);
    }
}
