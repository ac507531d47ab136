using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Hemit.BuildingBlocks.Outbox;

/// <summary>
/// Wakes the relay as soon as new outbox rows are committed, so events don't wait for the next poll. Only a save or
/// commit that wrote outbox rows wakes it: a service's other writes (the audit trail of every HR read, the inbox rows
/// of every handled message) would otherwise send the relay looking for rows after each one, for nothing.
/// </summary>
public sealed class OutboxSignal
{
    private static readonly object Pending = new();

    private readonly SemaphoreSlim _signal = new(0, 1);

    /// <summary>Contexts holding outbox rows not yet committed (weakly: a context dropped after a failure is forgotten).</summary>
    private readonly ConditionalWeakTable<DbContext, object> _rowsAdded = new();

    /// <summary>An outbox row was added to <paramref name="context"/>; the relay is woken once it is committed.</summary>
    public void RowsAdded(DbContext context) => _rowsAdded.AddOrUpdate(context, Pending);

    /// <summary><paramref name="context"/> saved: outside a transaction that commits its rows, so the relay is woken.</summary>
    public void Saved(DbContext context)
    {
        if (context.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    /// <summary>The transaction of <paramref name="context"/> committed: its outbox rows, if any, are there to publish.</summary>
    public void Committed(DbContext context)
    {
        if (_rowsAdded.Remove(context))
        {
            Notify();
        }
    }

    /// <summary>The transaction of <paramref name="context"/> rolled back: its outbox rows were never written.</summary>
    public void RolledBack(DbContext context) => _rowsAdded.Remove(context);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer woke the relay first; one wake-up is enough.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}

/// <summary>Tells <see cref="OutboxSignal"/> of each save, commit and rollback, so it wakes the relay after those that wrote outbox rows.</summary>
internal sealed class OutboxSignalInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        SavedChanges(eventData, result);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context)
        {
            signal.Saved(context);
        }

        return result;
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            signal.Committed(context);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            signal.RolledBack(context);
        }
    }
}
