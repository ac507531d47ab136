using Grpc.Core;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.Finance;
using Hemit.Finance.Data;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Finance.V1;

namespace Hemit.Finance.Investments;

/// <summary>
/// Ingest of the investment portfolio: the whole batch judged, new items placed after the stored ones in the order
/// pushed, one upsert, and <see cref="InvestmentPortfolioUpdated"/> in the outbox for each year that changed.
/// </summary>
public sealed class InvestmentImporter(FinanceDbContext db, IOutbox outbox)
{
    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.Investment> stream, CancellationToken cancellationToken)
    {
        var rows = await InvestmentRowValidator.Batch.ReadAsync(stream, cancellationToken);
        // Yearly records: no month to find closed.
        return await ImportTransaction.RunAsync(db, [], async (import, ct) =>
        {
            var years = rows.Select(r => r.Year).Distinct().ToList();
            var stored = await db.Set<InvestmentEntry>().AsNoTracking().Where(e => years.Contains(e.Year)).ToListAsync(ct);
            PushOrder.Assign(rows, stored.ToDictionary(e => (e.Year, e.Portfolio, e.Item), e => e.Position),
                e => (e.Year, e.Portfolio, e.Item), (e, position) => e.Position = position);

            var changed = await import.UpsertAsync(rows, ct);
            foreach (var year in changed.GroupBy(e => e.Year).OrderBy(g => g.Key))
            {
                var items = await db.Set<InvestmentEntry>().AsNoTracking().Where(e => e.Year == year.Key).ToListAsync(ct);
                outbox.Add(new InvestmentPortfolioUpdated(year.Key, year.Count(), items.Count(e => InvestmentRules.IsReportedEachTertial(e.Budget))));
            }

        }, cancellationToken);
    }
}
