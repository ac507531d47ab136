using Grpc.Core;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.Finance;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.IncomeStatements;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.Ledger;

/// <summary>
/// Ingest of ledger lines: validates the whole stream, refuses it if any row is bad, otherwise upserts every row in
/// one statement and one transaction with <see cref="LedgerPeriodUpdated"/> / <see cref="ForecastChanged"/> in the outbox.
/// </summary>
public sealed class LedgerImporter(FinanceDbContext db, IOutbox outbox)
{
    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<LedgerLine> stream, CancellationToken cancellationToken)
    {
        var rows = await LedgerRowValidator.Batch.ReadAsync(stream, cancellationToken);
        var months = LedgerRowValidator.Batch.MonthsOf(rows, r => (r.Year, r.Month, "period"));
        return await ImportTransaction.RunAsync(db, months, (import, ct) => WriteAsync(import, rows, ct), cancellationToken);
    }

    private async Task WriteAsync(ImportTransaction import, IReadOnlyList<LedgerEntry> rows, CancellationToken cancellationToken)
    {
        var forecastYears = rows.Where(r => r.Scenario == LedgerScenario.Forecast).Select(r => r.Year).Distinct().ToList();
        var before = await LoadYearsAsync(forecastYears, cancellationToken);

        var changed = await import.UpsertAsync(rows, cancellationToken);
        foreach (var period in changed.GroupBy(r => (r.Year, r.Month)).OrderBy(g => g.Key))
        {
            outbox.Add(new LedgerPeriodUpdated(period.Key.Year, period.Key.Month, period.Count(),
                period.Select(r => r.Scenario.ToText()).Distinct().Order(StringComparer.Ordinal).ToList()));
        }

        var forecastMonths = changed.Where(r => r.Scenario == LedgerScenario.Forecast).Select(r => (r.Year, r.Month)).Distinct().Order().ToList();
        if (forecastMonths.Count > 0)
        {
            var after = await LoadYearsAsync(forecastYears, cancellationToken);
            foreach (var (year, month) in forecastMonths)
            {
                var previous = IncomeStatementCalculator.Compute(year, month, before[year]);
                var current = IncomeStatementCalculator.Compute(year, month, after[year]);
                outbox.Add(new ForecastChanged(year, month,
                    previous[IncomeStatementLines.OrdinaryResult].Annual.Forecast,
                    current[IncomeStatementLines.OrdinaryResult].Annual.Forecast,
                    current[IncomeStatementLines.OperatingResult].Annual.Forecast));
            }
        }
    }

    private async Task<Dictionary<int, List<LedgerAmount>>> LoadYearsAsync(List<int> years, CancellationToken cancellationToken)
    {
        var result = years.ToDictionary(y => y, _ => new List<LedgerAmount>());
        if (years.Count == 0)
        {
            return result;
        }

        var entries = await db.Set<LedgerEntry>().AsNoTracking().Where(e => years.Contains(e.Year)).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            result[entry.Year].Add(new LedgerAmount(entry.Month, entry.LineCode, entry.Scenario, entry.Amount));
        }

        return result;
    }
}
