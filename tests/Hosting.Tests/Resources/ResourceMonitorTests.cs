using Hemit.Hosting.Resources;
using Microsoft.Extensions.Time.Testing;

namespace Hemit.Hosting.Tests.Resources;

public sealed class ResourceMonitorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private static ResourceSnapshot Snapshot(string name) => new(
        name, "Project", ResourceState.NotStarted, ResourceHealth.Unknown, [], new Dictionary<string, string>(), new HashSet<string>(),
        0, null, null, DateTimeOffset.UnixEpoch, null, [], []);

    [Fact]
    public async Task Console_logs_start_with_the_kept_lines_and_continue_with_live_ones()
    {
        var monitor = new ResourceMonitor(_clock);
        monitor.Register(Snapshot("finance"));
        monitor.WriteLine("finance", "Now listening on: http://127.0.0.1:5001", isError: false);
        monitor.WriteLine("finance", "warn: slow query", isError: true);

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var lines = monitor.WatchConsoleLogs("finance", cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await lines.MoveNextAsync());
        Assert.Equal((1L, "Now listening on: http://127.0.0.1:5001", false), (lines.Current.LineNumber, lines.Current.Text, lines.Current.IsError));
        Assert.True(await lines.MoveNextAsync());
        Assert.Equal((2L, true), (lines.Current.LineNumber, lines.Current.IsError));

        monitor.WriteLine("finance", "Application started.", isError: false);
        Assert.True(await lines.MoveNextAsync());
        Assert.Equal((3L, "Application started."), (lines.Current.LineNumber, lines.Current.Text));
    }

    [Fact]
    public async Task The_line_buffer_keeps_only_the_newest_lines()
    {
        var monitor = new ResourceMonitor(_clock, consoleLinesPerResource: 3);
        monitor.Register(Snapshot("finance"));
        for (var i = 1; i <= 5; i++)
        {
            monitor.WriteLine("finance", $"line {i}", isError: false);
        }

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var kept = new List<ConsoleLogLine>();
        await foreach (var line in monitor.WatchConsoleLogs("finance", cancel.Token))
        {
            kept.Add(line);
            if (kept.Count == 3)
            {
                break;
            }
        }

        Assert.Equal(["line 3", "line 4", "line 5"], kept.Select(l => l.Text));
        Assert.Equal([3L, 4L, 5L], kept.Select(l => l.LineNumber));
    }

    [Fact]
    public async Task All_resources_together_come_in_time_order()
    {
        var monitor = new ResourceMonitor(_clock);
        monitor.Register(Snapshot("finance"));
        monitor.Register(Snapshot("governance"));
        monitor.WriteLine("governance", "g1", isError: false);
        _clock.Advance(TimeSpan.FromSeconds(1));
        monitor.WriteLine("finance", "f1", isError: false);
        _clock.Advance(TimeSpan.FromSeconds(1));
        monitor.WriteLine("governance", "g2", isError: false);

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var texts = new List<string>();
        await foreach (var line in monitor.WatchConsoleLogs(null, cancel.Token))
        {
            texts.Add($"{line.Resource}:{line.Text}");
            if (texts.Count == 3)
            {
                break;
            }
        }

        Assert.Equal(["governance:g1", "finance:f1", "governance:g2"], texts);
    }

    [Fact]
    public async Task Watchers_see_each_change_as_the_new_snapshot_and_unchanged_updates_are_not_sent()
    {
        var monitor = new ResourceMonitor(_clock);
        monitor.Register(Snapshot("finance"));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await using var changes = monitor.WatchResources(cancel.Token).GetAsyncEnumerator(cancel.Token);

        monitor.Update("finance", s => s with { State = ResourceState.Starting });
        monitor.Update("finance", s => s with { State = ResourceState.Starting });
        monitor.Update("finance", s => s with { State = ResourceState.Running, Health = ResourceHealth.Healthy });

        Assert.True(await changes.MoveNextAsync());
        Assert.Equal(ResourceState.Starting, changes.Current.State);
        Assert.True(await changes.MoveNextAsync());
        Assert.Equal((ResourceState.Running, ResourceHealth.Healthy), (changes.Current.State, changes.Current.Health));
        Assert.Equal(ResourceHealth.Healthy, monitor.GetResources().Single().Health);
    }

    [Fact]
    public void Asking_for_the_logs_of_an_unknown_resource_names_it()
    {
        var monitor = new ResourceMonitor(_clock);

        var error = Assert.Throws<ArgumentException>(() => monitor.WatchConsoleLogs("payroll", CancellationToken.None));

        Assert.Contains("'payroll'", error.Message);
    }
}
