using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.HrMetrics;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Importing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Hemit.HrMetrics.SickLeave;

/// <summary>
/// Writes a validated sick-leave batch in one transaction: upsert on period + unit, then one
/// <see cref="SickLeavePeriodUpdated"/> per month that changed, through the outbox.
/// </summary>
public sealed class SickLeaveImporter(HrMetricsDbContext db, IOutbox outbox, TimeProvider time)
{
    private const string UpsertSql = """
        INSERT INTO sick_leave (year, month, unit, agreed_work_days, sick_leave_days, self_certified_days, updated_at)
        SELECT t.year, t.month, t.unit, t.agreed, t.sick, t.self_certified, @now
        FROM unnest(@years, @months, @units, @agreed, @sick, @self_certified) AS t(year, month, unit, agreed, sick, self_certified)
        ON CONFLICT (year, month, unit) DO UPDATE SET
            agreed_work_days = excluded.agreed_work_days,
            sick_leave_days = excluded.sick_leave_days,
            self_certified_days = excluded.self_certified_days,
            updated_at = excluded.updated_at
        WHERE (sick_leave.agreed_work_days, sick_leave.sick_leave_days, sick_leave.self_certified_days)
            IS DISTINCT FROM (excluded.agreed_work_days, excluded.sick_leave_days, excluded.self_certified_days)
        RETURNING year, month, unit
        """;

    public async Task<ImportSummary> ImportAsync(IReadOnlyList<SickLeaveRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            throw RowProblems.EmptyStream("The sick-leave import");
        }

        var problems = new RowProblems();
        var entries = SickLeaveRowValidator.Validate(records, problems);
        problems.ThrowIfAny("Sick-leave import");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await BulkUpsert.ExecuteAsync(db, UpsertSql, [
            new NpgsqlParameter("now", time.GetUtcNow()),
            new NpgsqlParameter("years", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Year).ToArray() },
            new NpgsqlParameter("months", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Month).ToArray() },
            new NpgsqlParameter("units", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = entries.Select(e => e.Unit).ToArray() },
            new NpgsqlParameter("agreed", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = entries.Select(e => e.AgreedWorkDays).ToArray() },
            new NpgsqlParameter("sick", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = entries.Select(e => e.SickLeaveDays).ToArray() },
            new NpgsqlParameter("self_certified", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = entries.Select(e => e.SelfCertifiedDays).ToArray() },
        ], cancellationToken);

        // One read of the changed years gives each changed month's new headline for its event.
        var changedYears = changed.Select(c => c.Year).Distinct().ToArray();
        var stored = await db.SickLeave.AsNoTracking().Where(e => changedYears.Contains(e.Year)).ToListAsync(cancellationToken);
        foreach (var month in changed.GroupBy(c => (c.Year, c.Month)).OrderBy(g => g.Key))
        {
            var (year, monthNumber) = month.Key;
            var tally = SickLeaveTally.Of(stored.Where(e => e.Year == year && e.Month == monthNumber));
            outbox.Add(new SickLeavePeriodUpdated(year, monthNumber, month.Count(),
                tally.AgreedWorkDays, tally.SickLeaveDays, tally.Percent ?? 0m));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary { Accepted = changed.Count, Unchanged = entries.Count - changed.Count };
    }
}
