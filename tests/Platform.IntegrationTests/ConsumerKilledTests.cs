using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Hemit.Contracts.Events;
using Hemit.TestSupport;
using MassTransit;
using Npgsql;
using Xunit;
using Xunit.Abstractions;

namespace Hemit.Platform.IntegrationTests;

/// <summary>
/// Governance's process killed (SIGKILL) while it works through a burst of <see cref="MonthClosed"/> messages: the
/// AppHost starts it again, the messages it had taken but not acknowledged are delivered again, and each is recorded
/// exactly once (the inbox and the handling commit together).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ConsumerKilledTests(PlatformStack stack, ITestOutputHelper output)
{
    private const int Events = 2000;

    [Fact]
    public async Task A_consumer_killed_while_handling_is_restarted_and_handles_every_message_exactly_once()
    {
        // Years no other test uses, so the count is this test's alone.
        var events = Enumerable.Range(0, Events).Select(i => new MonthClosed("projects", 1700 + i / 12, i % 12 + 1)).ToList();
        var before = PlatformStack.Pid(stack.Snapshot("governance"));
        var messaging = await stack.ConnectionStringAsync("messaging");
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit => rabbit.Host(new Uri(messaging)));
        await bus.StartAsync();
        long handledAtKill;
        try
        {
            var publishing = Task.Run(async () =>
            {
                foreach (var closed in events)
                {
                    await bus.Publish(closed, context => context.MessageId = closed.Id);
                }
            });

            // Kill it once it has started on the burst, while messages are still arriving.
            handledAtKill = await Eventually.ReachAsync(() => CountAsync(), count => count >= 20, "governance has begun on the burst", TimeSpan.FromSeconds(60));
            using (var governance = Process.GetProcessById(before))
            {
                governance.Kill();
            }

            await publishing;
        }
        finally
        {
            await bus.StopAsync();
        }

        var (rows, distinct) = await Eventually.ReachAsync(
            CountRowsAndEventsAsync, counts => counts.Rows >= Events, $"all {Events} closings recorded", TimeSpan.FromSeconds(120));
        output.WriteLine($"governance killed after {handledAtKill} of {Events} handled; afterwards {rows} recorded, {distinct} distinct events");
        Assert.True(handledAtKill < Events, "the kill came before the burst was done");
        Assert.NotEqual(before, PlatformStack.Pid(stack.Snapshot("governance")));
        Assert.Equal(Events, rows);
        Assert.Equal(Events, distinct);
    }

    private async Task<long> CountAsync() => (await CountRowsAndEventsAsync()).Rows;

    private async Task<(long Rows, long Distinct)> CountRowsAndEventsAsync()
    {
        await using var connection = new NpgsqlConnection(await stack.ConnectionStringAsync("governancedb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*), count(DISTINCT event_id) FROM source_closings WHERE source = 'projects' AND year < 1900", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }


}
