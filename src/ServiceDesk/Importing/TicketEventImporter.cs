using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events;
using Hemit.Contracts.Events.ServiceDesk;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Reporting;
using Hemit.ServiceDesk.Sla;
using Hemit.ServiceDesk.Tickets;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.ServiceDesk.Importing;

/// <summary>
/// Ingest of ticket events: the batch is judged whole (each row, then each ticket's rows together and against what is
/// stored), written in one transaction idempotently on ticket + time + event, and every ticket the batch makes
/// resolved past its deadline is announced (<see cref="SlaBreached"/>) through the outbox in that transaction; a breach
/// that later events undo (pending or a priority change arriving after the resolution) is taken back (<see cref="SlaBreachWithdrawn"/>).
/// </summary>
public sealed class TicketEventImporter(ServiceDeskDbContext db, IOutbox outbox, SlaPolicies policies)
{
    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.TicketEvent> stream, CancellationToken cancellationToken)
    {
        var batch = await TicketEventRowValidator.Batch.CheckAsync(stream, cancellationToken);
        if (batch.RowCount == 0)
        {
            throw InvalidArgument.ForField(TicketEventRowValidator.Rows, "the batch is empty; send at least one row (Ticket event import)");
        }

        var rows = batch.Rows;
        var rejections = new RowRejections();
        foreach (var rejection in batch.Rejections)
        {
            rejections.Add(rejection.Row, rejection.Field, rejection.Reason);
        }

        TicketEventRowValidator.CheckTimelines(rows, [], rejections);
        Refuse(rejections);

        var months = rows.Select(r => (Row: r.Row, Month: OsloMonth.Of(r.Entry.OccurredAt)))
            .Select(r => TicketEventRowValidator.Batch.MonthOf(r.Row, "occurred_at", r.Month.Year, r.Month.Month)).ToList();
        return await ImportTransaction.RunAsync(db, months, async (import, ct) =>
        {
            var ticketIds = rows.Select(r => r.Entry.TicketId).Distinct().ToList();
            var stored = await db.TicketEvents.AsNoTracking().Where(e => ticketIds.Contains(e.TicketId)).ToListAsync(ct);
            // A ticket with nothing stored was judged whole above; only those with history are judged again against it.
            var withHistory = stored.Select(e => e.TicketId).ToHashSet(StringComparer.Ordinal);
            var againstStored = new RowRejections();
            TicketEventRowValidator.CheckTimelines(rows.Where(r => withHistory.Contains(r.Entry.TicketId)), stored, againstStored);
            Refuse(againstStored);

            var entries = rows.Select(r => r.Entry).ToList();
            // Replaying every ticket to find its breaches is CPU work on rows already in hand; it runs while PostgreSQL
            // merges them (together they were half a large push, one after the other).
            var breaches = Task.Run(() => BreachAnnouncements(stored, entries), ct);
            await Task.WhenAll(import.UpsertAndCountAsync(entries, ct), breaches);
            foreach (var announcement in breaches.Result)
            {
                outbox.Add(announcement);
            }
        }, cancellationToken);
    }

    /// <summary>What the written events change in breaches: each ticket newly resolved late, each announced breach undone.</summary>
    private List<IntegrationEvent> BreachAnnouncements(List<TicketEventEntry> stored, List<TicketEventEntry> written)
    {
        var announcements = new List<IntegrationEvent>();
        var writtenKeys = written.Select(e => (e.TicketId, e.OccurredAt, e.Event)).ToHashSet();
        var after = stored.Where(e => !writtenKeys.Contains((e.TicketId, e.OccurredAt, e.Event))).Concat(written).ToList();
        var before = TicketTimeline.ReplayAll(stored, DateTimeOffset.MaxValue).ToDictionary(t => t.TicketId, StringComparer.Ordinal);
        var afterTickets = TicketTimeline.ReplayAll(after, DateTimeOffset.MaxValue).ToDictionary(t => t.TicketId, StringComparer.Ordinal);
        foreach (var ticket in afterTickets.Values.OrderBy(t => t.TicketId, StringComparer.Ordinal))
        {
            var wasLate = before.TryGetValue(ticket.TicketId, out var earlier) && LateResolution(earlier) is not null;
            var standing = LateResolution(ticket);
            if (wasLate && (standing is null || earlier!.ResolvedAt != ticket.ResolvedAt))
            {
                // Events that arrived later showed the announced breach was not one (or not that resolution).
                var withdrawn = OsloMonth.Of(earlier!.ResolvedAt!.Value);
                announcements.Add(new SlaBreachWithdrawn(ticket.TicketId, withdrawn.Year, withdrawn.Month));
                wasLate = false;
            }

            if (standing is null || wasLate)
            {
                continue;
            }

            var month = OsloMonth.Of(ticket.ResolvedAt!.Value);
            announcements.Add(new SlaBreached(ticket.TicketId, month.Year, month.Month, ticket.Priority, ticket.Service, ticket.Responsible,
                ticket.CreatedAt, ticket.ResolvedAt.Value,
                (decimal)standing.Policy.ResolutionDeadline.TotalHours, Math.Round((decimal)standing.Elapsed.TotalHours, 4)));
        }

        return announcements;
    }

    private SlaStanding? LateResolution(TicketTimeline ticket)
    {
        if (ticket.Status != TicketStatus.Resolved)
        {
            return null;
        }

        var standing = SlaClock.Standing(ticket, policies, ticket.ResolvedAt!.Value);
        return standing.Breached ? standing : null;
    }

    private static void Refuse(RowRejections rejections)
    {
        if (rejections.Any)
        {
            throw InvalidArgument.ForRows(rejections.All.OrderBy(r => r.Row).ToList(), TicketEventRowValidator.Batch.What, TicketEventRowValidator.Rows);
        }
    }
}
