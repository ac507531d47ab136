using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Sla;
using Hemit.ServiceDesk.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Reporting;

/// <summary>Loads what a month's figures need and computes them.</summary>
public sealed class MonthReportQuery(ServiceDeskDbContext db, SlaPolicies policies)
{
    public async Task<MonthFigures> GetAsync(int year, int month, CancellationToken cancellationToken)
    {
        var period = new OsloMonth(year, month);
        var end = period.End;
        // Every event before the month's end of a ticket not closed before the same month last year began: tickets
        // resolved long ago (and never reopened; the few that were are always read) cannot count, while one opened long ago and still open can be in the backlog.
        var from = period.SameMonthLastYear.Start;
        var resolvedBefore = db.TicketEvents
            .Where(e => e.OccurredAt < end)
            .GroupBy(e => e.TicketId)
            .Where(g => g.Max(e => e.OccurredAt) < from && g.Any(e => e.Event == TicketEventKind.Resolved) && !g.Any(e => e.Event == TicketEventKind.Reopened))
            .Select(g => g.Key);
        var events = await db.TicketEvents.AsNoTracking()
            .Where(e => e.OccurredAt < end && !resolvedBefore.Contains(e.TicketId))
            .ToListAsync(cancellationToken);
        var lastYear = period.SameMonthLastYear;
        var (lastYearStart, lastYearEnd, start) = (lastYear.Start, lastYear.End, period.Start);
        var calls = await db.CallIntervals.AsNoTracking()
            .Where(c => (c.IntervalStart >= start && c.IntervalStart < end) || (c.IntervalStart >= lastYearStart && c.IntervalStart < lastYearEnd))
            .ToListAsync(cancellationToken);
        return MonthFigures.Compute(period, events, policies, calls);
    }
}
