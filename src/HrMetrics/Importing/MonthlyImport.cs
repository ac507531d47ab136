using Grpc.Core;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events;
using Hemit.HrMetrics.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.HrMetrics.Importing;

/// <summary>
/// How every HR batch is written: read and judged whole, upserted in one transaction stamped with the import's time,
/// then one event per month it changed, built from that month's stored rows after the write, through the outbox.
/// </summary>
public sealed class MonthlyImport(HrMetricsDbContext db, IOutbox outbox, TimeProvider time)
{
    public async Task<ImportSummary> ImportAsync<TMessage, TEntry, TKey>(
        IAsyncStreamReader<TMessage> stream,
        BatchRules<TMessage, TEntry, TKey> batch,
        Func<ChangedMonth<TEntry>, IntegrationEvent> announce,
        CancellationToken cancellationToken)
        where TEntry : class, IMonthlyEntry
        where TKey : notnull
    {
        var rows = await batch.ReadAsync(stream, cancellationToken);
        var months = batch.MonthsOf(rows, e => (e.Year, e.Month, "period"));
        return await ImportTransaction.RunAsync(db, months, async (import, ct) =>
        {
            var changed = await import.UpsertAsync(rows, new UpsertStamp(nameof(IMonthlyEntry.UpdatedAt), time.GetUtcNow()), ct);

            // One read of the changed years gives each changed month's new state for its event.
            var changedYears = changed.Select(e => e.Year).Distinct().ToArray();
            var stored = await db.Set<TEntry>().AsNoTracking()
                .Where(e => changedYears.Contains(EF.Property<int>(e, nameof(IMonthlyEntry.Year))))
                .ToListAsync(ct);
            foreach (var month in changed.GroupBy(e => (e.Year, e.Month)).OrderBy(g => g.Key))
            {
                var (year, monthNumber) = month.Key;
                outbox.Add(announce(new ChangedMonth<TEntry>(year, monthNumber, month.ToList(),
                    stored.Where(e => e.Year == year && e.Month == monthNumber).ToList())));
            }
        }, cancellationToken);
    }
}
