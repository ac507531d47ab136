using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.HrMetrics;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Importing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>
/// Writes a validated violation batch in one transaction: upsert on period + unit + rule + cause, then one
/// <see cref="WorkingTimeViolationsUpdated"/> per month that changed, through the outbox.
/// </summary>
public sealed class WorkingTimeViolationImporter(HrMetricsDbContext db, IOutbox outbox, TimeProvider time)
{
    private const string UpsertSql = """
        INSERT INTO working_time_violations (year, month, unit, rule, cause, count, updated_at)
        SELECT t.year, t.month, t.unit, t.rule, t.cause, t.count, @now
        FROM unnest(@years, @months, @units, @rules, @causes, @counts) AS t(year, month, unit, rule, cause, count)
        ON CONFLICT (year, month, unit, rule, cause) DO UPDATE SET count = excluded.count, updated_at = excluded.updated_at
        WHERE working_time_violations.count IS DISTINCT FROM excluded.count
        RETURNING year, month, unit || ' ' || rule || ' ' || cause
        """;

    public async Task<ImportSummary> ImportAsync(IReadOnlyList<WorkingTimeViolationRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            throw RowProblems.EmptyStream("The working-time violation import");
        }

        var problems = new RowProblems();
        var entries = WorkingTimeViolationRowValidator.Validate(records, problems);
        problems.ThrowIfAny("Working-time violation import");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await BulkUpsert.ExecuteAsync(db, UpsertSql, [
            new NpgsqlParameter("now", time.GetUtcNow()),
            new NpgsqlParameter("years", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Year).ToArray() },
            new NpgsqlParameter("months", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Month).ToArray() },
            new NpgsqlParameter("units", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = entries.Select(e => e.Unit).ToArray() },
            new NpgsqlParameter("rules", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = entries.Select(e => e.Rule).ToArray() },
            new NpgsqlParameter("causes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = entries.Select(e => e.Cause).ToArray() },
            new NpgsqlParameter("counts", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Count).ToArray() },
        ], cancellationToken);

        var changedYears = changed.Select(c => c.Year).Distinct().ToArray();
        var totals = await db.WorkingTimeViolations.AsNoTracking()
            .Where(e => changedYears.Contains(e.Year))
            .GroupBy(e => new { e.Year, e.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Total = g.Sum(e => e.Count) })
            .ToListAsync(cancellationToken);
        foreach (var month in changed.GroupBy(c => (c.Year, c.Month)).OrderBy(g => g.Key))
        {
            var total = totals.Single(t => t.Year == month.Key.Year && t.Month == month.Key.Month).Total;
            outbox.Add(new WorkingTimeViolationsUpdated(month.Key.Year, month.Key.Month, month.Count(), total));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary { Accepted = changed.Count, Unchanged = entries.Count - changed.Count };
    }
}
