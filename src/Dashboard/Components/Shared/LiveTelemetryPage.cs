using Hemit.Dashboard.Telemetry;

using Microsoft.AspNetCore.Components;

namespace Hemit.Dashboard.Components.Shared;

/// <summary>
/// A page over the telemetry store that re-queries about once a second while new telemetry arrives and
/// <see cref="Live"/> is on; the poll runs only in the interactive circuit, never during prerendering.
/// </summary>
public abstract class LiveTelemetryPage : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private long seenVersion = -1;

    [Inject]
    protected TelemetryStore Store { get; set; } = default!;

    protected bool Live { get; set; } = true;

    protected override void OnParametersSet()
    {
        seenVersion = Store.Version;
        Refresh();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ = PollAsync(stop.Token);
        }
    }

    /// <summary>Runs the page's queries again.</summary>
    protected abstract void Refresh();

    protected void Requery()
    {
        seenVersion = Store.Version;
        Refresh();
    }

    public void Dispose()
    {
        stop.Cancel();
        stop.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var version = Store.Version;
                if (!Live || version == seenVersion)
                {
                    continue;
                }

                seenVersion = version;
                await InvokeAsync(() =>
                {
                    Refresh();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
