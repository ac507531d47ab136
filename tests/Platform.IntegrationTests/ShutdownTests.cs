using Hemit.Hosting.Processes;
using Hemit.TestSupport;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>Stopping the platform stops everything it started; this collection boots its own stack to stop it.</summary>
public sealed class ShutdownTests
{
    [Fact]
    public async Task After_shutdown_no_process_the_platform_started_remains()
    {
        var dataDirectory = TestDataFolders.CreateRoot();
        try
        {
            var app = await PlatformStack.StartAsync(dataDirectory, withDashboard: false);
            var started = app.ResourceMonitor.GetResources()
                .Where(r => r.ProcessId is not null)
                .Select(r => (r.Name, Pid: r.ProcessId!.Value))
                .ToList();
            Assert.Equal(
                ["finance", "governance", "hrmetrics", "messaging", "postgres", "projects", "servicedesk"],
                started.Select(s => s.Name).Order().ToArray());
            Assert.NotEmpty(ProcessTable.FindMentioning(dataDirectory));

            await app.DisposeAsync();

            // A finished child the init process has yet to reap is a zombie (state Z), not a running process.
            Assert.Empty(started.Where(s => ProcessTable.ReadState(s.Pid) is { } state && state != 'Z').Select(s => $"{s.Name} (pid {s.Pid})"));
            Assert.Empty(ProcessTable.FindMentioning(dataDirectory));
        }
        finally
        {
            TestDataFolders.Remove(dataDirectory);
        }
    }
}
