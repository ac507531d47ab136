using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.HrMetrics;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.Staffing;

/// <summary>
/// Ingest of staffing: all rows or none, idempotent on period + category, and one <see cref="StaffingPeriodUpdated"/>
/// per month that changed, with totals from parts.
/// </summary>
public sealed class StaffingImporter(MonthlyImport monthlyImport)
{
    public Task<ImportSummary> ImportAsync(IAsyncStreamReader<StaffingRecord> stream, CancellationToken cancellationToken) =>
        monthlyImport.ImportAsync(stream, StaffingRowValidator.Batch, month =>
        {
            var totals = StaffingTotals.Of(month.Stored);
            return new StaffingPeriodUpdated(month.Year, month.Month, month.Changed.Select(e => e.Category.ToText()).Order(StringComparer.Ordinal).ToList(),
                totals.TotalFteMonths, totals.EmployedFteMonths, totals.ContractedFteMonths,
                totals.TotalHeadcount, totals.EmployedHeadcount, totals.ContractedHeadcount);
        }, cancellationToken);
}
