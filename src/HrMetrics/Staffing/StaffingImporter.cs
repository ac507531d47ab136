using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.HrMetrics;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Importing;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Hemit.HrMetrics.Staffing;

/// <summary>
/// Writes a validated staffing batch in one transaction: upsert on period + category, then one
/// <see cref="StaffingPeriodUpdated"/> per month that changed (with totals from parts), through the outbox.
/// </summary>
public sealed class StaffingImporter(HrMetricsDbContext db, IOutbox outbox, TimeProvider time)
{
    private const string UpsertSql = """
        INSERT INTO staffing (year, month, category, fte_months, headcount, starters, leavers, updated_at)
        SELECT t.year, t.month, t.category, t.fte, t.headcount, t.starters, t.leavers, @now
        FROM unnest(@years, @months, @categories, @fte, @headcounts, @starters, @leavers)
            AS t(year, month, category, fte, headcount, starters, leavers)
        ON CONFLICT (year, month, category) DO UPDATE SET
            fte_months = excluded.fte_months,
            headcount = excluded.headcount,
            starters = excluded.starters,
            leavers = excluded.leavers,
            updated_at = excluded.updated_at
        WHERE (staffing.fte_months, staffing.headcount, staffing.starters, staffing.leavers)
            IS DISTINCT FROM (excluded.fte_months, excluded.headcount, excluded.starters, excluded.leavers)
        RETURNING year, month, category
        """;

    public async Task<ImportSummary> ImportAsync(IReadOnlyList<StaffingRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            throw RowProblems.EmptyStream("The staffing import");
        }

        var problems = new RowProblems();
        var entries = StaffingRowValidator.Validate(records, problems);
        problems.ThrowIfAny("Staffing import");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await BulkUpsert.ExecuteAsync(db, UpsertSql, [
            new NpgsqlParameter("now", time.GetUtcNow()),
            new NpgsqlParameter("years", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Year).ToArray() },
            new NpgsqlParameter("months", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Month).ToArray() },
            new NpgsqlParameter("categories", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = entries.Select(e => e.Category).ToArray() },
            new NpgsqlParameter("fte", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = entries.Select(e => e.FteMonths).ToArray() },
            new NpgsqlParameter("headcounts", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Headcount).ToArray() },
            new NpgsqlParameter("starters", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Starters).ToArray() },
            new NpgsqlParameter("leavers", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = entries.Select(e => e.Leavers).ToArray() },
        ], cancellationToken);

        var changedYears = changed.Select(c => c.Year).Distinct().ToArray();
        var stored = await db.Staffing.AsNoTracking().Where(e => changedYears.Contains(e.Year)).ToListAsync(cancellationToken);
        foreach (var month in changed.GroupBy(c => (c.Year, c.Month)).OrderBy(g => g.Key))
        {
            var totals = StaffingTotals.Of(stored.Where(e => e.Year == month.Key.Year && e.Month == month.Key.Month));
            outbox.Add(new StaffingPeriodUpdated(month.Key.Year, month.Key.Month, month.Select(c => c.Key).Order(StringComparer.Ordinal).ToList(),
                totals.TotalFteMonths, totals.EmployedFteMonths, totals.ContractedFteMonths,
                totals.TotalHeadcount, totals.EmployedHeadcount, totals.ContractedHeadcount));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportSummary { Accepted = changed.Count, Unchanged = entries.Count - changed.Count };
    }
}
