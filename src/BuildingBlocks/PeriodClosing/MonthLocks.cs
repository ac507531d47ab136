using Hemit.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.PeriodClosing;

/// <summary>
/// Transaction-scoped PostgreSQL advisory locks, one per month: an import holds its months shared, closing or reopening a
/// month holds it exclusively. So an import never commits into a month closed after it checked, and two closes of one
/// month run one after the other (the second sees the first and answers "already closed" instead of a key violation).
/// </summary>
internal static class MonthLocks
{
    /// <summary>The first key of every month lock, so these locks never collide with another use of advisory locks.</summary>
    private const int MonthLockSpace = (int)LockSpace.Month;

    public static async Task LockForImportAsync(DbContext db, IReadOnlyCollection<int> monthKeys, CancellationToken cancellationToken)
    {
        if (monthKeys.Count == 0)
        {
            return;
        }

        var keys = monthKeys.Distinct().Order().ToArray();
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock_shared({MonthLockSpace}, key) FROM unnest({keys}) AS key", cancellationToken);
    }

    public static int Key(int year, int month) => year * 100 + month;
}
