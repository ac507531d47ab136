using Google.Protobuf.WellKnownTypes;
using Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.Bench.Ingest;

/// <summary>
/// Ticket events of realistic shape, the same for the same seed: tickets created in working hours over the months
/// given, mostly priority 4, on ten services, some handed to another supplier; most are resolved within days, some go
/// pending and resume first, a few are reopened and resolved again, and some are still open at the end.
/// </summary>
public static class TicketData
{
    private static readonly string[] Services =
    [
        "Doculive EPJ", "Arbeidsflate", "Tilgangsadministrasjon", "DIPS Arena", "Skriver og utskrift", "Office 365",
        "Mobil og nettbrett", "IDS 7 PACS", "Nettverk", "Beaker laboratorietjeneste",
    ];

    /// <param name="tickets">How many tickets.</param>
    /// <param name="firstMonth">The first month tickets are created in (2021).</param>
    /// <param name="months">Over how many months they are spread.</param>
    public static List<TicketEvent> Events(int tickets, int seed, int firstMonth = 10, int months = 3)
    {
        var random = new Random(seed);
        var events = new List<TicketEvent>(tickets * 3);
        for (var i = 0; i < tickets; i++)
        {
            var id = $"INC{seed % 1000:D3}{i:D7}";
            var month = firstMonth + i * months / tickets;
            var created = new DateTimeOffset(2021, month, 1 + random.Next(0, 28), 8 + random.Next(0, 8), random.Next(0, 60), random.Next(0, 60), TimeSpan.FromHours(1));
            var priority = random.Next(100) switch { < 2 => 1, < 12 => 2, < 25 => 3, _ => 4 };
            var service = Services[random.Next(Services.Length)];
            events.Add(new TicketEvent
            {
                TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(created), Event = TicketEventKind.Created,
                Type = (TicketType)(1 + random.Next(0, 3)), Priority = priority, Service = service,
                Responsible = service == "Beaker laboratorietjeneste" ? "Helseplattformen" : "Hemit",
            });
            var at = created;
            if (random.Next(100) < 15)
            {
                at = at.AddHours(random.Next(1, 8));
                events.Add(new TicketEvent { TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = TicketEventKind.Pending });
                at = at.AddHours(random.Next(4, 72));
                events.Add(new TicketEvent { TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = TicketEventKind.Resumed });
            }

            if (random.Next(100) < 5)
            {
                continue; // still open
            }

            at = at.AddMinutes(random.Next(10, 60 * 72));
            events.Add(new TicketEvent { TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = TicketEventKind.Resolved, FirstLineResolved = random.Next(100) < 75 });
            if (random.Next(100) < 3)
            {
                at = at.AddHours(random.Next(1, 48));
                events.Add(new TicketEvent { TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = TicketEventKind.Reopened });
                at = at.AddHours(random.Next(1, 48));
                events.Add(new TicketEvent { TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = TicketEventKind.Resolved, FirstLineResolved = false });
            }
        }

        return events;
    }
}
