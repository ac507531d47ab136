using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Sla;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Reporting;

/// <summary>Loads what a month's figures need and computes them.</summary>
public sealed class MonthReportQuery(ServiceDeskDbContext db, SlaPolicies policies)
{
    public async Task<MonthFigures> GetAsync(int year, int month, CancellationToken cancellationToken)
    {
        var period = new OsloMonth(year, month);
        var lastYear = period.SameMonthLastYear;
        var (start, end, lastYearStart, lastYearEnd) = (period.Start.UtcDateTime, period.End.UtcDateTime, lastYear.Start.UtcDateTime, lastYear.End.UtcDateTime);
        // Every event before the month's end of each ticket that can count, and of no other (PostgreSQL picks them in one
        // grouping over the primary key (ticket_id, occurred_at, event), so a long history is not read into memory):
        // - created in the month or the same month last year (tickets by type, top services);
        // - resolved in the month (deadlines, first line);
        // - not certainly resolved at the month's end (the backlog): certainly resolved is a resolution after the
        //   creation with no reopening at or after it, which replaying the events always leaves resolved.
        // Tickets resolved before the same month last year began and never reopened stay out, as they always have.
        var events = await db.TicketEvents.FromSqlInterpolated($"""
            SELECT e.* FROM ticket_events e
            WHERE e.occurred_at < {end} AND e.ticket_id IN (
                SELECT ticket_id FROM ticket_events
                WHERE occurred_at < {end}
                GROUP BY ticket_id
                HAVING NOT (max(occurred_at) < {lastYearStart} AND bool_or(event = 'resolved') AND NOT bool_or(event = 'reopened'))
                   AND (bool_or(event = 'created' AND (occurred_at >= {start} OR (occurred_at >= {lastYearStart} AND occurred_at < {lastYearEnd})))
                        OR bool_or(event = 'resolved' AND occurred_at >= {start})
                        OR NOT coalesce(
                            min(occurred_at) FILTER (WHERE event = 'created') <= max(occurred_at) FILTER (WHERE event = 'resolved')
                            AND coalesce(max(occurred_at) FILTER (WHERE event = 'reopened') < max(occurred_at) FILTER (WHERE event = 'resolved'), true),
                            false)))
            """).AsNoTracking().ToListAsync(cancellationToken);
        var calls = await db.CallIntervals.AsNoTracking()
            .Where(c => (c.IntervalStart >= period.Start && c.IntervalStart < period.End) || (c.IntervalStart >= lastYear.Start && c.IntervalStart < lastYear.End))
            .ToListAsync(cancellationToken);
        return MonthFigures.Compute(period, events, policies, calls);
    }
}
