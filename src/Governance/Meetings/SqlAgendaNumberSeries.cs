using Hemit.Governance.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Meetings;

/// <summary>The year's last handed-out number in agenda_number_series, raised in one statement so no number is handed out twice.</summary>
public sealed class SqlAgendaNumberSeries(GovernanceDbContext db) : IAgendaNumberSeries
{
    public async Task<int> ReserveAsync(int year, int count, CancellationToken cancellationToken)
    {
        var last = await db.Database.SqlQuery<int>(
            $"""
             INSERT INTO agenda_number_series (year, last_number) VALUES ({year}, {count})
             ON CONFLICT (year) DO UPDATE SET last_number = agenda_number_series.last_number + EXCLUDED.last_number
             RETURNING last_number AS "Value"
             """).ToListAsync(cancellationToken);
        return last.Single() - count + 1;
    }
}

/// <summary>One row per calendar year: the last agenda number handed out that year.</summary>
public sealed class AgendaNumberSeriesRow
{
    public int Year { get; set; }

    public int LastNumber { get; set; }
}
