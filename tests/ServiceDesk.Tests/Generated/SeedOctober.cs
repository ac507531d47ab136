using Google.Protobuf.WellKnownTypes;
using Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.ServiceDesk.Tests.Generated;

/// <summary>A generated ticket and what it was made to be, independently of the service's SLA code.</summary>
public sealed record GeneratedTicket(
    string Id,
    TicketType Type,
    int Priority,
    string Service,
    string Responsible,
    DateTimeOffset CreatedAt,
    bool ResolvedInOctober2021,
    bool MadeWithinDeadline,
    bool FirstLine,
    bool MadeBacklog,
    IReadOnlyList<TicketEvent> Events);

/// <summary>
/// October 2021 and October 2020 of Hemithjelp, generated (seeded) so the month reproduces seed 001, section 3.1:
/// 5 % more tickets than October 2020 (13 % fewer incidents, 11 % more support tickets, 10 % more orders);
/// resolution within deadline 90 % in total, every priority on target except priority 3 (63 % against 65 %);
/// the first line solving 79 % against 65 %; Doculive EPJ, Arbeidsflate and Tilgangsadministrasjon with most tickets;
/// Beaker laboratorietjeneste (Helseplattformen) with 130 tickets past deadline. Met tickets are made well inside the
/// deadline and late ones well past it, some only through pending time, a reopening or a priority change.
/// </summary>
public static class SeedOctober
{
    public const string Beaker = "Beaker laboratorietjeneste";
    public const string Helseplattformen = "Helseplattformen";

    /// <summary>The services with most tickets first, then the rest (seed: Doculive EPJ, Arbeidsflate, Tilgangsadministrasjon).</summary>
    public static readonly (string Name, int Share)[] Services =
    [
        ("Doculive EPJ", 20), ("Arbeidsflate", 17), ("Tilgangsadministrasjon", 14), ("DIPS Arena", 12), ("Skriver og utskrift", 10),
        ("Office 365", 9), ("Mobil og nettbrett", 8), ("IDS 7 PACS", 6), ("Nettverk", 4),
    ];

    /// <summary>Resolved in October 2021 per priority: (resolved, within deadline).</summary>
    public static readonly IReadOnlyDictionary<int, (int Resolved, int Within)> Resolved2021 = new Dictionary<int, (int, int)>
    {
        [1] = (10, 10), [2] = (100, 90), [3] = (100, 63), [4] = (790, 737),
    };

    public const int FirstLineResolved2021 = 790;

    public static IReadOnlyList<GeneratedTicket> Generate(int seed = 2021)
    {
        var random = new Random(seed);
        var tickets = new List<GeneratedTicket>();
        tickets.AddRange(Month(2020, [(TicketType.Incident, 500), (TicketType.Support, 1000), (TicketType.Order, 600)], random, resolvedPlan: null));
        tickets.AddRange(Month(2021, [(TicketType.Incident, 435), (TicketType.Support, 1110), (TicketType.Order, 660)], random, Resolved2021));

        // Opened in September, still open at October's end and far past their deadline.
        for (var i = 0; i < 130; i++)
        {
            tickets.Add(Backlog($"SEP-BKR-{i:D4}", Beaker, Helseplattformen, random));
        }

        for (var i = 0; i < 12; i++)
        {
            tickets.Add(Backlog($"SEP-DOC-{i:D4}", "Doculive EPJ", "Hemit", random));
        }

        return tickets;
    }

    /// <summary>Every event of the tickets in a seeded random order, as the ITSM tool's pushes may arrive.</summary>
    public static List<TicketEvent> ShuffledEvents(IEnumerable<GeneratedTicket> tickets, int seed = 10)
    {
        var events = tickets.SelectMany(t => t.Events).ToList();
        var random = new Random(seed);
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(events));
        return events;
    }

    private static IEnumerable<GeneratedTicket> Month(int year, (TicketType Type, int Count)[] counts, Random random, IReadOnlyDictionary<int, (int Resolved, int Within)>? resolvedPlan)
    {
        var types = counts.SelectMany(c => Enumerable.Repeat(c.Type, c.Count)).ToList();
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(types));
        var serviceOf = ServiceSequence(types.Count);
        // The resolved tickets, priority by priority: first those within the deadline, then the late ones.
        var plan = new List<(int Priority, bool Within)>();
        if (resolvedPlan is not null)
        {
            foreach (var (priority, (resolved, within)) in resolvedPlan.OrderBy(p => p.Key))
            {
                plan.AddRange(Enumerable.Range(0, resolved).Select(i => (priority, i < within)));
            }
        }

        for (var i = 0; i < types.Count; i++)
        {
            var id = $"{(year == 2020 ? "HJ20" : "HJ21")}-{i:D5}";
            var service = serviceOf[i];
            if (resolvedPlan is null)
            {
                // Last year's October: only the count by type matters; each one resolved quickly the same day.
                var created = WorkingHour(year, 10, 5 + (i % 20), 9);
                yield return Ticket(id, types[i], 4, service, "Hemit", created, false, true, false, false,
                    [Created(id, created, types[i], 4, service, "Hemit"), Resolved(id, created.AddHours(1), true)]);
                continue;
            }

            if (i < plan.Count)
            {
                var (priority, within) = plan[i];
                var firstLine = i % 1000 < FirstLineResolved2021;
                yield return ResolvedTicket(id, types[i], priority, service, within, firstLine, i, random);
            }
            else
            {
                // Still open at the month's end but opened on its last working day: inside any deadline.
                var created = new DateTimeOffset(2021, 10, 29, 9, random.Next(0, 60), 0, TimeSpan.FromHours(2));
                yield return Ticket(id, types[i], 4, service, "Hemit", created, false, false, false, false,
                    [Created(id, created, types[i], 4, service, "Hemit")]);
            }
        }
    }

    /// <summary>A ticket resolved in October 2021, within its deadline or not, by one of a few lifecycles.</summary>
    private static GeneratedTicket ResolvedTicket(string id, TicketType type, int priority, string service, bool within, bool firstLine, int index, Random random)
    {
        var day = 4 + (index % 5); // Monday 4 to Friday 8 October.
        var created = WorkingHour(2021, 10, day, 9).AddMinutes(random.Next(0, 30));
        var events = new List<TicketEvent>();
        switch (priority, within, index % 4)
        {
            case (3, true, 0):
                // Within only because three weeks pending do not count.
                events.Add(Created(id, created, type, 3, service, "Hemit"));
                events.Add(Plain(id, created.AddHours(1), TicketEventKind.Pending));
                events.Add(Plain(id, created.AddDays(21), TicketEventKind.Resumed));
                events.Add(Resolved(id, created.AddDays(21).AddHours(1), firstLine));
                break;
            case (3, true, 1):
                // Registered as priority 1, lowered to 3 within the hour, solved the next day: 3's deadline from creation.
                events.Add(Created(id, created, type, 1, service, "Hemit"));
                events.Add(new TicketEvent { TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(created.AddMinutes(30)), Event = TicketEventKind.PriorityChanged, Priority = 3 });
                events.Add(Resolved(id, created.AddDays(1).AddHours(4), firstLine));
                break;
            case (2, false, _) when index % 2 == 0:
                // Late only because the reopened ticket continues its clock: 3 hours, then 6 more after reopening
                // (Monday to Thursday, so the reopening day is a working day).
                created = WorkingHour(2021, 10, 4 + (index % 4), 9).AddMinutes(random.Next(0, 30));
                events.Add(Created(id, created, type, 2, service, "Hemit"));
                events.Add(Resolved(id, created.AddHours(3), false));
                events.Add(Plain(id, created.AddDays(1), TicketEventKind.Reopened));
                events.Add(Resolved(id, created.AddDays(1).AddHours(6), firstLine));
                break;
            case (_, true, _):
                events.Add(Created(id, created, type, priority, service, "Hemit"));
                events.Add(Resolved(id, created.AddHours(1), firstLine));
                break;
            default:
                // Late: solved on 27 October, weeks of working hours after creation.
                events.Add(Created(id, created, type, priority, service, "Hemit"));
                events.Add(Resolved(id, WorkingHour(2021, 10, 27, 9), firstLine));
                break;
        }

        return Ticket(id, type, priority, service, "Hemit", created, true, within, firstLine, false, events);
    }

    private static GeneratedTicket Backlog(string id, string service, string responsible, Random random)
    {
        var created = WorkingHour(2021, 9, 6 + random.Next(0, 5), 10);
        return Ticket(id, TicketType.Incident, 3, service, responsible, created, false, false, false, true,
            [Created(id, created, TicketType.Incident, 3, service, responsible)]);
    }

    /// <summary>Services in proportion to their share, the largest first, so the top three are the seed's.</summary>
    private static string[] ServiceSequence(int count)
    {
        var total = Services.Sum(s => s.Share);
        var result = new List<string>();
        foreach (var (name, share) in Services)
        {
            result.AddRange(Enumerable.Repeat(name, count * share / total));
        }

        while (result.Count < count)
        {
            result.Add(Services[^1].Name);
        }

        // Interleave so every lifecycle and type meets every service.
        return result.Select((name, i) => (name, key: (i * 7919) % count)).OrderBy(x => x.key).Select(x => x.name).ToArray();
    }

    private static DateTimeOffset WorkingHour(int year, int month, int day, int hour) =>
        new(year, month, day, hour, 0, 0, TimeSpan.FromHours(2));

    private static GeneratedTicket Ticket(string id, TicketType type, int priority, string service, string responsible, DateTimeOffset created,
        bool resolved, bool within, bool firstLine, bool backlog, IReadOnlyList<TicketEvent> events) =>
        new(id, type, priority, service, responsible, created, resolved, within, firstLine, backlog, events);

    private static TicketEvent Created(string id, DateTimeOffset at, TicketType type, int priority, string service, string responsible) => new()
    {
        TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = TicketEventKind.Created,
        Type = type, Priority = priority, Service = service, Responsible = responsible,
    };

    private static TicketEvent Resolved(string id, DateTimeOffset at, bool firstLine) => new()
    {
        TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = TicketEventKind.Resolved, FirstLineResolved = firstLine,
    };

    private static TicketEvent Plain(string id, DateTimeOffset at, TicketEventKind kind) => new()
    {
        TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = kind,
    };
}
