namespace Hemit.Hosting.Tests.Support;

public static class ConsoleLogs
{
    /// <summary>The console lines a resource has kept so far (the watch's history, without waiting for live ones).</summary>
    public static async Task<List<string>> KeptLinesAsync(DistributedApplication application, string resource)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var lines = new List<string>();
        try
        {
            await foreach (var line in application.ResourceMonitor.WatchConsoleLogs(resource, stop.Token))
            {
                lines.Add(line.Text);
            }
        }
        catch (OperationCanceledException)
        {
        }

        return lines;
    }
}
