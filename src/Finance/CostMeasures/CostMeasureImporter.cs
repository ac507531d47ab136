using Grpc.Core;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.Finance;
using Hemit.Finance.Data;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.CostMeasures;

/// <summary>
/// Ingest of cost-saving measures: the whole batch judged, new measures placed after the stored ones in the order
/// pushed, one upsert, and <see cref="CostMeasuresUpdated"/> in the outbox for each year that changed.
/// </summary>
public sealed class CostMeasureImporter(FinanceDbContext db, IOutbox outbox)
{
    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.CostMeasure> stream, CancellationToken cancellationToken)
    {
        var rows = await CostMeasureRowValidator.Batch.ReadAsync(stream, cancellationToken);
        // Yearly records: no month to find closed.
        return await ImportTransaction.RunAsync(db, [], async (import, ct) =>
        {
            var years = rows.Select(r => r.Year).Distinct().ToList();
            var stored = await db.Set<CostMeasureEntry>().AsNoTracking().Where(e => years.Contains(e.Year))
                .ToDictionaryAsync(e => (e.Year, e.Activity), e => e.Position, ct);
            PushOrder.Assign(rows, stored, e => (e.Year, e.Activity), (e, position) => e.Position = position);

            var changed = await import.UpsertAsync(rows, ct);
            foreach (var year in changed.GroupBy(e => e.Year).OrderBy(g => g.Key))
            {
                var list = CostMeasureList.Build(year.Key,
                    await db.Set<CostMeasureEntry>().AsNoTracking().Where(e => e.Year == year.Key).ToListAsync(ct));
                outbox.Add(new CostMeasuresUpdated(year.Key, year.Count(), list.TotalGainLow, list.TotalGainHigh, list.UncertainMeasures));
            }

        }, cancellationToken);
    }
}
