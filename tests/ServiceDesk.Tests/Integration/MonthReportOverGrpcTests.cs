using System.Text.Json;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Tests.Generated;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>
/// A generated October 2021 (and October 2020) of Hemithjelp pushed over gRPC in random order to the real service on
/// PostgreSQL; the month report checked against the counts the generator made, which are seed 001's section 3.1.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class MonthReportOverGrpcTests(PlatformServers servers)
{
    private static readonly IReadOnlyList<GeneratedTicket> Tickets = SeedOctober.Generate();

    private static decimal Rate(GetMonthReportResponse report, int priority) =>
        report.DeadlineResolution.Single(d => d.Priority == priority).RatePercent.ToDecimal();

    [Fact]
    public async Task October_2021_gives_the_boards_key_figures_from_events_pushed_out_of_order()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        var events = SeedOctober.ShuffledEvents(Tickets);

        var summary = await desk.PushAsync(events);
        var report = await desk.Client.GetMonthReportAsync(new GetMonthReportRequest { Period = Period.Of(2021, 10) });

        Assert.Equal((events.Count, 0, 0), (summary.Accepted, summary.Unchanged, summary.Rejected));

        // Tickets by type against October 2020, as the generator made them.
        var october2021 = Tickets.Where(t => t.CreatedAt.Year == 2021 && t.CreatedAt.Month == 10).ToList();
        var october2020 = Tickets.Where(t => t.CreatedAt.Year == 2020).ToList();
        foreach (var type in new[] { TicketType.Incident, TicketType.Support, TicketType.Order })
        {
            var line = report.TicketsByType.Single(t => t.Type == type);
            Assert.Equal((october2021.Count(t => t.Type == type), october2020.Count(t => t.Type == type)), (line.Count, line.SameMonthLastYear));
        }

        // Seed: 13 % fewer incidents, 11 % more support tickets, 10 % more orders, 5 % more in total.
        Assert.Equal([-13m, 11m, 10m, 5m], report.TicketsByType.Select(t => t.ChangePercent.ToDecimal()));
        Assert.Equal(TicketType.Unspecified, report.TicketsByType[^1].Type);

        // Resolution within deadline per priority: the generator's own counts, and the seed's picture.
        foreach (var priority in new[] { 1, 2, 3, 4 })
        {
            var resolved = Tickets.Where(t => t.ResolvedInOctober2021 && t.Priority == priority).ToList();
            var line = report.DeadlineResolution.Single(d => d.Priority == priority);
            Assert.Equal((resolved.Count, resolved.Count(t => t.MadeWithinDeadline)), (line.Resolved, line.WithinDeadline));
        }

        Assert.Equal(63m, Rate(report, 3));
        Assert.Equal(65m, report.DeadlineResolution.Single(d => d.Priority == 3).TargetPercent.ToDecimal());
        Assert.Equal([true, true, false, true], report.DeadlineResolution.Where(d => d.Priority > 0).Select(d => d.TargetMet));
        var total = report.DeadlineResolution[^1];
        Assert.Equal((0, 1000, 900, 90m), (total.Priority, total.Resolved, total.WithinDeadline, total.RatePercent.ToDecimal()));
        // A ratio of sums, not the mean of the priorities' rates (which would be 86.6 %).
        Assert.NotEqual(report.DeadlineResolution.Where(d => d.Priority > 0).Average(d => d.RatePercent.ToDecimal()), total.RatePercent.ToDecimal());

        Assert.Equal((1000, 790, 79m, 65m, true), (report.FirstLine.Resolved, report.FirstLine.FirstLine,
            report.FirstLine.RatePercent.ToDecimal(), report.FirstLine.TargetPercent.ToDecimal(), report.FirstLine.TargetMet));

        Assert.Equal(["Doculive EPJ", "Arbeidsflate", "Tilgangsadministrasjon"], report.TopServices.Take(3).Select(s => s.Service));
        Assert.Equal(october2021.Count(t => t.Service == "Doculive EPJ"), report.TopServices[0].Count);

        // Backlog at the month's end: Beaker under Helseplattformen first, as the seed reports it (130).
        Assert.Equal(
            [(SeedOctober.Beaker, SeedOctober.Helseplattformen, 130), ("Doculive EPJ", "Hemit", 12)],
            report.Backlog.Select(b => (b.Service, b.Responsible, b.Count)));
    }

    [Fact]
    public async Task Pushing_the_same_events_again_changes_nothing_and_announces_nothing_new()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        var events = SeedOctober.ShuffledEvents(Tickets);
        var half = events.Count / 2;

        // Two pushes that split tickets across them (resolutions may come before their creations), then everything again.
        await desk.PushAsync(events.Skip(half));
        await desk.PushAsync(events.Take(half));
        var breachesAfterFirst = await desk.OutboxPayloadsAsync("SlaBreached");
        var withdrawn = await desk.OutboxPayloadsAsync("SlaBreachWithdrawn");
        var again = await desk.PushAsync(SeedOctober.ShuffledEvents(Tickets, seed: 99));
        var report = await desk.Client.GetMonthReportAsync(new GetMonthReportRequest { Period = Period.Of(2021, 10) });

        Assert.Equal((0, events.Count), (again.Accepted, again.Unchanged));
        Assert.Equal(events.Count, await desk.QueryAsync(db => db.TicketEvents.CountAsync()));
        Assert.Equal((1000, 900), (report.DeadlineResolution[^1].Resolved, report.DeadlineResolution[^1].WithinDeadline));
        // A ticket whose pending time or priority change came in the later push looked late after the first one: its
        // breach was announced, then withdrawn. What stands is each late ticket once.
        static string TicketOf(string payload) => System.Text.Json.JsonDocument.Parse(payload).RootElement.GetProperty("ticketId").GetString()!;
        var standing = breachesAfterFirst.Select(TicketOf).ToList();
        foreach (var ticket in withdrawn.Select(TicketOf))
        {
            Assert.True(standing.Remove(ticket), $"{ticket} was withdrawn without having been announced");
        }

        Assert.Equal(Tickets.Where(t => t.ResolvedInOctober2021 && !t.MadeWithinDeadline).Select(t => t.Id).Order(StringComparer.Ordinal),
            standing.Order(StringComparer.Ordinal));
        Assert.Equal(breachesAfterFirst.Count, (await desk.OutboxPayloadsAsync("SlaBreached")).Count);
        Assert.Equal(withdrawn.Count, (await desk.OutboxPayloadsAsync("SlaBreachWithdrawn")).Count);
    }

    [Fact]
    public async Task Each_ticket_resolved_late_is_announced_once_with_its_deadline_and_counted_hours()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);

        await desk.PushAsync(SeedOctober.ShuffledEvents(Tickets));
        var breaches = (await desk.OutboxPayloadsAsync("SlaBreached")).Select(p => JsonDocument.Parse(p).RootElement).ToList();

        var late = Tickets.Where(t => t.ResolvedInOctober2021 && !t.MadeWithinDeadline).Select(t => t.Id).Order(StringComparer.Ordinal);
        Assert.Equal(late, breaches.Select(b => b.GetProperty("ticketId").GetString()!).Order(StringComparer.Ordinal));
        var reopened = breaches.First(b => b.GetProperty("priority").GetInt32() == 2 && b.GetProperty("elapsedHours").GetDecimal() == 9m);
        Assert.Equal((8m, 2021, 10), (reopened.GetProperty("deadlineHours").GetDecimal(), reopened.GetProperty("year").GetInt32(), reopened.GetProperty("month").GetInt32()));
    }
}
