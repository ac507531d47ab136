using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>
/// The one transaction an accepted batch is written in: bulk upserts, then whatever the service adds to its outbox,
/// then commit; the summary counts each upserted row as accepted (new or changed) or unchanged. Disposed without
/// <see cref="CommitAsync"/>, nothing is written.
/// </summary>
public sealed class ImportTransaction : IAsyncDisposable
{
    private readonly DbContext _db;
    private readonly IDbContextTransaction _transaction;
    private int _accepted;
    private int _unchanged;

    private ImportTransaction(DbContext db, IDbContextTransaction transaction) => (_db, _transaction) = (db, transaction);

    public static async Task<ImportTransaction> BeginAsync(DbContext db, CancellationToken cancellationToken) =>
        new(db, await db.Database.BeginTransactionAsync(cancellationToken));

    /// <summary>
    /// A batch that announces nothing: read and judged whole (<see cref="BatchRules{TMessage, TRow, TKey}.ReadAsync"/>),
    /// then one transaction, one upsert, commit.
    /// </summary>
    public static async Task<ImportSummary> UpsertAllAsync<TMessage, TRow, TKey>(
        DbContext db, IAsyncStreamReader<TMessage> stream, BatchRules<TMessage, TRow, TKey> rules, CancellationToken cancellationToken)
        where TRow : class
        where TKey : notnull
    {
        var rows = await rules.ReadAsync(stream, cancellationToken);
        await using var import = await BeginAsync(db, cancellationToken);
        await import.UpsertAsync(rows, cancellationToken);
        return await import.CommitAsync(cancellationToken);
    }

    /// <summary>Upserts the rows on their primary key; returns those that were new or changed.</summary>
    public Task<IReadOnlyList<TRow>> UpsertAsync<TRow>(IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class =>
        UpsertAsync(rows, stamp: null, cancellationToken);

    /// <summary>Upserts the rows, each written row stamped (e.g. UpdatedAt); returns those that were new or changed.</summary>
    public async Task<IReadOnlyList<TRow>> UpsertAsync<TRow>(IReadOnlyList<TRow> rows, UpsertStamp? stamp, CancellationToken cancellationToken)
        where TRow : class
    {
        var changed = await BulkUpsert.ExecuteAsync(_db, rows, stamp, cancellationToken);
        _accepted += changed.Count;
        _unchanged += rows.Count - changed.Count;
        return changed;
    }

    /// <summary>Saves what was added to the context (the outbox rows), commits, and sums up the batch.</summary>
    public async Task<ImportSummary> CommitAsync(CancellationToken cancellationToken)
    {
        await _db.SaveChangesAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        return new ImportSummary { Accepted = _accepted, Unchanged = _unchanged };
    }

    public ValueTask DisposeAsync() => _transaction.DisposeAsync();
}
