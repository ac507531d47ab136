using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Phone;
using Hemit.ServiceDesk.Tickets;
using Hemit.ServiceDesk.Sla;
using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Hemit.ServiceDesk.Reporting;

/// <summary>What a month's figures are computed from: the events of the tickets that can count, and the call intervals.</summary>
public sealed record MonthReportInput(IReadOnlyList<TicketEventEntry> Events, IReadOnlyList<CallIntervalEntry> Calls);

/// <summary>Loads what a month's figures need and computes them.</summary>
public sealed class MonthReportQuery(ServiceDeskDbContext db, SlaPolicies policies)
{
    public async Task<MonthFigures> GetAsync(int year, int month, CancellationToken cancellationToken)
    {
        var period = new OsloMonth(year, month);
        var input = await ReadAsync(period, cancellationToken);
        return MonthFigures.Compute(period, input.Events, policies, input.Calls);
    }

    /// <summary>Reads a month's input (kept apart from computing it, so each can be timed: bench/).</summary>
    public async Task<MonthReportInput> ReadAsync(OsloMonth period, CancellationToken cancellationToken)
    {
        var lastYear = period.SameMonthLastYear;
        var (start, end, lastYearStart, lastYearEnd) = (period.Start.UtcDateTime, period.End.UtcDateTime, lastYear.Start.UtcDateTime, lastYear.End.UtcDateTime);
        // Every event before the month's end of each ticket that can count, and of no other (PostgreSQL picks them in one
        // grouping over the primary key (ticket_id, occurred_at, event), so a long history is not read into memory):
        // - created in the month or the same month last year (tickets by type, top services);
        // - resolved in the month (deadlines, first line);
        // - not certainly resolved at the month's end (the backlog): certainly resolved is a resolution after the
        //   creation with no reopening at or after it, which replaying the events always leaves resolved.
        // Tickets resolved before the same month last year began and never reopened stay out, as they always have.
        var events = await ReadEventsAsync($"""
            SELECT e.ticket_id, e.occurred_at, e.event, e.type, e.priority, e.service, e.responsible, e.first_line_resolved
            FROM ticket_events e
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
            """, cancellationToken);
        var calls = await db.CallIntervals.AsNoTracking()
            .Where(c => (c.IntervalStart >= period.Start && c.IntervalStart < period.End) || (c.IntervalStart >= lastYear.Start && c.IntervalStart < lastYear.End))
            .ToListAsync(cancellationToken);
        return new MonthReportInput(events, calls);
    }

    /// <summary>
    /// Reads ticket events column by column with Npgsql: tens of thousands of rows through EF Core's materializer took
    /// most of the month report's time (bench/: "month report: read"), for rows that are only read, never tracked.
    /// The columns and codes are the ones TicketEventModel maps.
    /// </summary>
    private async Task<List<TicketEventEntry>> ReadEventsAsync(FormattableString sql, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using var command = new NpgsqlCommand(Positional(sql), connection);
            command.Parameters.AddRange(sql.GetArguments().Select(argument => new NpgsqlParameter { Value = argument }).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var events = new List<TicketEventEntry>();
            while (await reader.ReadAsync(cancellationToken))
            {
                events.Add(new TicketEventEntry
                {
                    TicketId = reader.GetString(0),
                    OccurredAt = new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc)),
                    Event = TicketCodes.ParseEventKind(reader.GetString(2)),
                    Type = reader.IsDBNull(3) ? null : TicketCodes.ParseType(reader.GetString(3)),
                    Priority = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                    Service = reader.IsDBNull(5) ? null : reader.GetString(5),
                    Responsible = reader.IsDBNull(6) ? null : reader.GetString(6),
                    FirstLineResolved = reader.IsDBNull(7) ? null : reader.GetBoolean(7),
                });
            }

            return events;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    /// <summary>The SQL with its interpolated values as positional parameters ($1, $2, …).</summary>
    private static string Positional(FormattableString sql) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, sql.Format,
            Enumerable.Range(1, sql.ArgumentCount).Select(i => (object)$"${i}").ToArray());
}
