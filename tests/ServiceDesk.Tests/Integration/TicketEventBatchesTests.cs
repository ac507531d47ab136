using Google.Protobuf.WellKnownTypes;
using Hemit.Contracts.ServiceDesk.V1;
using TicketEventEntry = Hemit.ServiceDesk.Tickets.TicketEventEntry;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>ImportTicketEventBatches: many events to a message, still one push judged whole, as ImportTicketEvents.</summary>
[Collection(ServersCollection.Name)]
public sealed class TicketEventBatchesTests(PlatformServers servers)
{
    private static Timestamp At(int day, int hour) => Timestamp.FromDateTimeOffset(new DateTimeOffset(2021, 10, day, hour, 0, 0, TimeSpan.FromHours(2)));

    [Fact]
    public async Task A_ticket_created_in_one_message_and_resolved_late_in_the_next_is_one_push_with_one_breach_and_pushing_again_changes_nothing()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        TicketEventBatch[] batches =
        [
            new()
            {
                Events =
                {
                    // Priority 1: 4 hours around the clock.
                    new TicketEvent { TicketId = "INC0012345", OccurredAt = At(19, 9), Event = TicketEventKind.Created, Type = TicketType.Incident, Priority = 1, Service = "IDS 7 PACS", Responsible = "Hemit" },
                    new TicketEvent { TicketId = "REQ0012346", OccurredAt = At(19, 10), Event = TicketEventKind.Created, Type = TicketType.Order, Priority = 4, Service = "Lønn og personal", Responsible = "Leverandør Ærø" },
                },
            },
            new(),
            new() { Events = { new TicketEvent { TicketId = "INC0012345", OccurredAt = At(19, 15), Event = TicketEventKind.Resolved, FirstLineResolved = false } } },
        ];

        var first = await ServiceDeskHost.PushAsync(desk.Client.ImportTicketEventBatches(), batches);
        var again = await ServiceDeskHost.PushAsync(desk.Client.ImportTicketEventBatches(), batches);

        Assert.Equal((3, 0), (first.Accepted, first.Unchanged));
        Assert.Equal((0, 3), (again.Accepted, again.Unchanged));
        Assert.Equal(["INC0012345", "INC0012345", "REQ0012346"],
            await desk.QueryAsync(db => db.Set<TicketEventEntry>().OrderBy(e => e.TicketId).Select(e => e.TicketId).ToListAsync()));
        var breach = Assert.Single(await desk.OutboxRowsAsync("SlaBreached"));
        Assert.Equal("INC0012345", System.Text.Json.JsonDocument.Parse(breach.Payload).RootElement.GetProperty("ticketId").GetString());
    }
}
