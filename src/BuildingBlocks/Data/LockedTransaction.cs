using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.Data;

/// <summary>
/// The first key of each kind of PostgreSQL advisory lock the services take, so locks of different kinds never collide.
/// </summary>
public enum LockSpace
{
    /// <summary>A month's figures: imports hold it shared, closing and reopening exclusively.</summary>
    Month = 0x4D4F4E, // "MON"

    /// <summary>An outbox row claimed by one relay (session lock, keyed by the row id's hash).</summary>
    OutboxClaim = 0x0b0c,

    /// <summary>A year of board meetings: its agenda numbers, dates and item order.</summary>
    BoardYear = 0x424F41, // "BOA"

    /// <summary>A month's status report approvals: their version numbers.</summary>
    ReportApproval = 0x415050, // "APP"

    /// <summary>Putting the report cache's triggers on a service's tables at start-up (ReportInputsTracking).</summary>
    ReportInputs = 0x524550, // "REP"

    /// <summary>Applying a service's migrations at start-up (session lock, in ServiceDefaults, which cannot see this enum).</summary>
    Migration = Microsoft.Extensions.Hosting.DatabaseExtensions.MigrationLockSpace,
}

/// <summary>
/// One transaction that first takes transaction-scoped advisory locks, so the same change arriving at two replicas at
/// once runs one after the other: the second reads what the first committed (READ COMMITTED reads afresh per statement)
/// instead of both deciding on the same stale state.
/// </summary>
public static class LockedTransaction
{
    /// <summary>Holds <paramref name="space"/>'s <paramref name="keys"/> until the current transaction ends, taken in ascending order.</summary>
    public static Task HoldAsync(DbContext db, LockSpace space, IEnumerable<int> keys, CancellationToken cancellationToken)
    {
        var ordered = keys.Distinct().Order().ToArray();
        return db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock({(int)space}, key) FROM unnest({ordered}) WITH ORDINALITY AS k(key, n) ORDER BY n", cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> holding the locks, then saves and commits. With no transaction open: one transaction
    /// inside EF's execution strategy, each attempt from an empty change tracker, so load everything inside
    /// <paramref name="work"/>. Inside a caller's transaction (a consumer's inbox): the locks join it, and its commit is this change's commit.
    /// </summary>
    public static async Task<TResult> RunAsync<TResult>(
        DbContext db, LockSpace space, IReadOnlyCollection<int> keys, Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await HoldAsync(db, space, keys, cancellationToken);
            var result = await work(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await HoldAsync(db, space, keys, ct);
            var result = await work(ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }
}
