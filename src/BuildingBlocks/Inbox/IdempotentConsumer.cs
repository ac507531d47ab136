using Hemit.Contracts.Events;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Hemit.BuildingBlocks.Inbox;

/// <summary>
/// A consumer that handles each message once: the inbox row and the handler's changes commit together,
/// and a redelivered message finds its row and does nothing.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider time, ILogger logger) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    protected TContext Db => db;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var cancellationToken = context.CancellationToken;
        var messageId = context.MessageId ?? (context.Message as IntegrationEvent)?.Id
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id; it cannot be de-duplicated.");
        var consumer = GetType().Name;

        // Inside EF's execution strategy, so a retrying strategy repeats the whole attempt (inbox row and handling together).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            // The attempt is all or nothing, so SaveChanges needs no savepoint of its own (one round trip fewer per message).
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var firstDelivery = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO inbox_messages (message_id, consumer, received_at) VALUES ({messageId}, {consumer}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
                ct) == 1;
            if (!firstDelivery)
            {
                logger.LogInformation("{Consumer} already handled message {MessageId}; redelivery ignored", consumer, messageId);
                return;
            }

            await HandleAsync(context.Message, context);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    /// <summary>Apply the message to <see cref="Db"/>; the base class saves and commits.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);
}
