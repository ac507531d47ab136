using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.HrMetrics;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.SickLeave;

/// <summary>
/// Ingest of sick leave: all rows or none, idempotent on period + unit, and one <see cref="SickLeavePeriodUpdated"/>
/// per month that changed, with the month's new headline.
/// </summary>
public sealed class SickLeaveImporter(MonthlyImport monthlyImport)
{
    public Task<ImportSummary> ImportAsync(IAsyncStreamReader<SickLeaveRecord> stream, CancellationToken cancellationToken) =>
        monthlyImport.ImportAsync(stream, SickLeaveRowValidator.Batch, month =>
        {
            var tally = SickLeaveTally.Of(month.Stored);
            return new SickLeavePeriodUpdated(month.Year, month.Month, month.Changed.Count,
                tally.AgreedWorkDays, tally.SickLeaveDays, tally.Percent ?? 0m);
        }, cancellationToken);
}
