using Hemit.BuildingBlocks.Grpc;
using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.PeriodClosing;

/// <summary>A closed month is final: an import that touches one is refused before anything is written.</summary>
public static class ClosedMonths
{
    /// <summary>
    /// Inside the import's transaction: holds the months against a concurrent close, then refuses the import with
    /// FAILED_PRECONDITION (google.rpc.PreconditionFailure naming each closed month) when any of them is closed.
    /// </summary>
    public static async Task RefuseImportIntoAsync(DbContext db, IReadOnlyCollection<(int Year, int Month)> months, CancellationToken cancellationToken)
    {
        if (months.Count == 0)
        {
            return;
        }

        var keys = months.Select(m => MonthLocks.Key(m.Year, m.Month)).Distinct().ToList();
        await MonthLocks.LockForImportAsync(db, keys, cancellationToken);
        var closed = await db.Set<ClosedPeriod>().AsNoTracking()
            .Where(p => keys.Contains(p.Year * 100 + p.Month))
            .OrderBy(p => p.Year).ThenBy(p => p.Month)
            .ToListAsync(cancellationToken);
        if (closed.Count > 0)
        {
            throw FailedPrecondition.ForClosedMonths(closed);
        }
    }
}
