using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.HrMetrics;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.WorkingTime;

/// <summary>
/// Ingest of working-time violations: all rows or none, idempotent on period + unit + rule + cause, and one
/// <see cref="WorkingTimeViolationsUpdated"/> per month that changed, with the month's new total.
/// </summary>
public sealed class WorkingTimeViolationImporter(MonthlyImport monthlyImport)
{
    public Task<ImportSummary> ImportAsync(IAsyncStreamReader<WorkingTimeViolationRecord> stream, CancellationToken cancellationToken) =>
        monthlyImport.ImportAsync(stream, WorkingTimeViolationRowValidator.Batch,
            month => new WorkingTimeViolationsUpdated(month.Year, month.Month, month.Changed.Count, month.Stored.Sum(e => e.Count)),
            cancellationToken);
}
