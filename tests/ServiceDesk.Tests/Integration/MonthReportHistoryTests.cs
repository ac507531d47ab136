using Google.Protobuf.WellKnownTypes;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Grpc;
using Hemit.ServiceDesk.Reporting;
using Hemit.ServiceDesk.Sla;
using Hemit.ServiceDesk.Tests.Generated;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>
/// The month report reads only the tickets that can count (created in the month or the same month last year, resolved in
/// the month, or possibly still open at its end). Against a history with the awkward cases, its figures are exactly those
/// computed from every event in the database.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class MonthReportHistoryTests(PlatformServers servers)
{
    private static TicketEvent Event(string id, DateTimeOffset at, Contracts.ServiceDesk.V1.TicketEventKind kind, int? priority = null)
    {
        var e = new TicketEvent { TicketId = id, OccurredAt = Timestamp.FromDateTimeOffset(at), Event = kind };
        if (kind == Contracts.ServiceDesk.V1.TicketEventKind.Created)
        {
            (e.Type, e.Priority, e.Service, e.Responsible) = (Contracts.ServiceDesk.V1.TicketType.Incident, priority ?? 3, "Tilgangsadministrasjon", "Hemit Brukerstøtte Ålesund");
        }
        else if (kind == Contracts.ServiceDesk.V1.TicketEventKind.Resolved)
        {
            e.FirstLineResolved = false;
        }

        return e;
    }

    private static IEnumerable<TicketEvent> History()
    {
        var oslo = TimeSpan.FromHours(1);
        // Created and resolved in March 2021: counts nowhere in October.
        for (var i = 0; i < 200; i++)
        {
            var created = new DateTimeOffset(2021, 3, 1 + i % 28, 9, 0, 0, oslo);
            yield return Event($"HIST-MAR-{i:D3}", created, Contracts.ServiceDesk.V1.TicketEventKind.Created);
            yield return Event($"HIST-MAR-{i:D3}", created.AddHours(3), Contracts.ServiceDesk.V1.TicketEventKind.Resolved);
        }

        // Opened in 2019 and never resolved: in October's backlog.
        yield return Event("HIST-OPEN-2019", new DateTimeOffset(2019, 5, 6, 10, 0, 0, TimeSpan.FromHours(2)), Contracts.ServiceDesk.V1.TicketEventKind.Created);
        // Resolved in February, reopened in September: open at October's end.
        yield return Event("HIST-REOPENED", new DateTimeOffset(2021, 2, 2, 9, 0, 0, oslo), Contracts.ServiceDesk.V1.TicketEventKind.Created);
        yield return Event("HIST-REOPENED", new DateTimeOffset(2021, 2, 3, 9, 0, 0, oslo), Contracts.ServiceDesk.V1.TicketEventKind.Resolved);
        yield return Event("HIST-REOPENED", new DateTimeOffset(2021, 9, 14, 9, 0, 0, TimeSpan.FromHours(2)), Contracts.ServiceDesk.V1.TicketEventKind.Reopened);
        // Created in September, resolved in October: counts among October's resolutions, not its new tickets.
        yield return Event("HIST-SEP-OCT", new DateTimeOffset(2021, 9, 30, 15, 0, 0, TimeSpan.FromHours(2)), Contracts.ServiceDesk.V1.TicketEventKind.Created, priority: 2);
        yield return Event("HIST-SEP-OCT", new DateTimeOffset(2021, 10, 4, 9, 0, 0, TimeSpan.FromHours(2)), Contracts.ServiceDesk.V1.TicketEventKind.Resolved);
        // Pending since August: open (pending) at October's end.
        yield return Event("HIST-PENDING", new DateTimeOffset(2021, 8, 2, 9, 0, 0, TimeSpan.FromHours(2)), Contracts.ServiceDesk.V1.TicketEventKind.Created);
        yield return Event("HIST-PENDING", new DateTimeOffset(2021, 8, 2, 11, 0, 0, TimeSpan.FromHours(2)), Contracts.ServiceDesk.V1.TicketEventKind.Pending);
    }

    [Fact]
    public async Task October_2021_over_a_long_history_gives_exactly_the_figures_of_every_event_replayed()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        await desk.PushAsync(SeedOctober.ShuffledEvents(SeedOctober.Generate()).Concat(History()));

        using var scope = desk.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDeskDbContext>();
        var policies = scope.ServiceProvider.GetRequiredService<SlaPolicies>();
        var everyEvent = await db.TicketEvents.AsNoTracking().ToListAsync();
        var calls = await db.CallIntervals.AsNoTracking().ToListAsync();
        var expected = MonthFigures.Compute(new OsloMonth(2021, 10), everyEvent, policies, calls);

        var reported = await scope.ServiceProvider.GetRequiredService<MonthReportQuery>().GetAsync(2021, 10, CancellationToken.None);

        // As the API answers: every count, rate, top service and backlog group.
        Assert.Equal(expected.ToResponse(), reported.ToResponse());
        // The history's open tickets are in the backlog, so the comparison covers them.
        Assert.True(expected.Backlog.Sum(b => b.Count) >= 3, $"{expected.Backlog.Sum(b => b.Count)} tickets in the backlog");
    }
}
