using Hemit.Contracts.Common.V1;
using Hemit.TestSupport;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>With the real RabbitMQ, the outbox relay publishes what an import wrote and marks it published.</summary>
[Collection(ServersCollection.Name)]
public sealed class EventPublishingTests(PlatformServers servers)
{
    private static readonly TimeSpan EventuallyLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_staffing_import_is_announced_on_the_bus_through_the_outbox()
    {
        using var hr = await HrMetricsHost.StartAsync(servers, withBroker: true);
        var september = TestFiles.StaffingRecords().Where(r => r.Period.Equals(Period.Of(2021, 9))).ToList();

        await HrMetricsHost.PushAsync(hr.Client.ImportStaffing(), september);

        var deadline = DateTime.UtcNow + EventuallyLimit;
        while (true)
        {
            var rows = await hr.OutboxRowsAsync("StaffingPeriodUpdated");
            var row = Assert.Single(rows);
            if (row.PublishedAt is not null)
            {
                Assert.Null(row.LastError);
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The outbox row was not published within {EventuallyLimit.TotalSeconds} s; last error: {row.LastError}");
            await Task.Delay(200);
        }
    }
}
