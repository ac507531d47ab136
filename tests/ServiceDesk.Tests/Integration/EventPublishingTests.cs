using Google.Protobuf.WellKnownTypes;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.TestSupport;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>With the real RabbitMQ, the outbox relay publishes a late resolution's SlaBreached and marks it published.</summary>
[Collection(ServersCollection.Name)]
public sealed class EventPublishingTests(PlatformServers servers)
{
    private static readonly TimeSpan EventuallyLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_ticket_resolved_past_its_deadline_is_announced_on_the_bus()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers, withBroker: true);
        // Priority 1 (4 hours around the clock), resolved after 6.
        await desk.PushAsync([
            new TicketEvent
            {
                TicketId = "INC-PACS-1", OccurredAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2021, 10, 19, 9, 0, 0, TimeSpan.FromHours(2))),
                Event = TicketEventKind.Created, Type = TicketType.Incident, Priority = 1, Service = "IDS 7 PACS", Responsible = "Hemit",
            },
            new TicketEvent
            {
                TicketId = "INC-PACS-1", OccurredAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2021, 10, 19, 15, 0, 0, TimeSpan.FromHours(2))),
                Event = TicketEventKind.Resolved, FirstLineResolved = false,
            },
        ]);

        var deadline = DateTime.UtcNow + EventuallyLimit;
        while (true)
        {
            var row = Assert.Single(await desk.OutboxRowsAsync("SlaBreached"));
            if (row.PublishedAt is not null)
            {
                Assert.Null(row.LastError);
                var payload = System.Text.Json.JsonDocument.Parse(row.Payload).RootElement;
                Assert.Equal((6m, 4m), (payload.GetProperty("elapsedHours").GetDecimal(), payload.GetProperty("deadlineHours").GetDecimal()));
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The outbox row was not published within {EventuallyLimit.TotalSeconds} s; last error: {row.LastError}");
            await Task.Delay(200);
        }
    }
}
