using System.Diagnostics;
using Hemit.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hemit.BuildingBlocks.Inbox;

/// <summary>A message handed to <see cref="InboxTransactions{TContext}"/>: whose it is, and how its consumer handles it.</summary>
/// <param name="Handle">Applies the message, given a consumer of <paramref name="ConsumerType"/> from the transaction's scope.</param>
/// <param name="Activity">The consume span, so the handling's database spans stay in the message's trace.</param>
public sealed record InboxDelivery(Guid MessageId, Type ConsumerType, Func<object, Task> Handle, Activity? Activity)
{
    public string Consumer => ConsumerType.Name;
}

/// <summary>
/// Handles the messages a service's consumers are given at the same time in one transaction (a group commit): the
/// inbox rows of the whole batch in one statement, each message's handling and save in turn, one commit. A message
/// still has a fate of its own: should the batch fail, each of its messages is handled again alone, in its own
/// transaction as before, and only a message that fails alone fails its delivery (retried, parked, or moved to the error
/// queue by MassTransit as usual). A lone message is handled at once.
/// </summary>
public sealed partial class InboxTransactions<TContext> : IAsyncDisposable where TContext : DbContext
{
    /// <summary>Enough to share a commit among the endpoint's concurrent messages (see <c>AddMessaging</c>).</summary>
    private const int MaxBatch = 64;

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly ILogger<InboxTransactions<TContext>> _logger;
    private readonly GroupCommit<InboxDelivery> _deliveries;

    public InboxTransactions(IServiceScopeFactory scopes, TimeProvider time, ILogger<InboxTransactions<TContext>> logger)
    {
        _scopes = scopes;
        _time = time;
        _logger = logger;
        _deliveries = new GroupCommit<InboxDelivery>(HandleAsync, MaxBatch);
    }

    /// <summary>Completes when the message is handled and committed (or was handled before); throws its own failure.</summary>
    public Task HandleAsync(InboxDelivery delivery) => _deliveries.CommitAsync(delivery);

    public ValueTask DisposeAsync() => _deliveries.DisposeAsync();

    private async Task<IReadOnlyList<Exception?>> HandleAsync(IReadOnlyList<InboxDelivery> batch)
    {
        var failures = new Exception?[batch.Count];
        if (batch.Count > 1)
        {
            try
            {
                await HandleTogetherAsync(batch);
                return failures;
            }
            catch (Exception exception)
            {
                LogBatchFailed(exception, batch.Count);
            }
        }

        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                await HandleTogetherAsync([batch[i]]);
            }
            catch (Exception exception)
            {
                failures[i] = exception;
            }
        }

        return failures;
    }

    private async Task HandleTogetherAsync(IReadOnlyList<InboxDelivery> deliveries)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        // Inside EF's execution strategy, so a retrying strategy repeats the whole attempt (inbox rows and handling together).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            // The attempt is all or nothing, so SaveChanges needs no savepoint of its own (one round trip fewer per message).
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var firstDeliveries = await InsertInboxRowsAsync(db, deliveries, ct);
            foreach (var delivery in deliveries)
            {
                // Also a message that came twice in one batch is handled once.
                if (!firstDeliveries.Remove((delivery.MessageId, delivery.Consumer)))
                {
                    LogRedelivery(delivery.Consumer, delivery.MessageId);
                    continue;
                }

                var outer = Activity.Current;
                Activity.Current = delivery.Activity;
                try
                {
                    // The consumer from this scope, so it and every service it uses work on this transaction's context.
                    await delivery.Handle(scope.ServiceProvider.GetRequiredService(delivery.ConsumerType));
                    await db.SaveChangesAsync(ct);
                }
                finally
                {
                    Activity.Current = outer;
                }
            }

            await transaction.CommitAsync(ct);
        }, CancellationToken.None);
    }

    /// <summary>The inbox rows of the batch in one statement; gives the messages not handled before.</summary>
    private async Task<HashSet<(Guid, string)>> InsertInboxRowsAsync(TContext db, IReadOnlyList<InboxDelivery> deliveries, CancellationToken ct)
    {
        var ids = deliveries.Select(d => d.MessageId).ToArray();
        var consumers = deliveries.Select(d => d.Consumer).ToArray();
        var receivedAt = _time.GetUtcNow();
        var inserted = await db.Database.SqlQuery<InboxKey>($"""
            INSERT INTO inbox_messages (message_id, consumer, received_at)
            SELECT id, consumer, {receivedAt} FROM unnest({ids}, {consumers}) AS delivery(id, consumer)
            ON CONFLICT DO NOTHING
            RETURNING message_id AS "MessageId", consumer AS "Consumer"
            """).ToListAsync(ct);
        return [.. inserted.Select(k => (k.MessageId, k.Consumer))];
    }

    private sealed record InboxKey(Guid MessageId, string Consumer);

    [LoggerMessage(LogLevel.Information, "{Consumer} already handled message {MessageId}; redelivery ignored")]
    private partial void LogRedelivery(string consumer, Guid messageId);

    [LoggerMessage(LogLevel.Debug, "{Count} messages could not be handled in one transaction; each is handled alone")]
    private partial void LogBatchFailed(Exception exception, int count);
}
