using System.Diagnostics;
using Hemit.Contracts.Events;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.Inbox;

/// <summary>
/// A consumer that handles each message once: the inbox row and the handler's changes commit together, and a
/// redelivered message finds its row and does nothing. Messages arriving together share one transaction
/// (<see cref="InboxTransactions{TContext}"/>); a failure is still the failing message's own.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, InboxTransactions<TContext> inbox) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext
{
    /// <summary>The context of the transaction the message is handled in.</summary>
    protected TContext Db => db;

    public Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? (context.Message as IntegrationEvent)?.Id
            ?? throw new InvalidOperationException($"A {typeof(TMessage).Name} arrived without a message id; it cannot be de-duplicated.");
        return inbox.HandleAsync(new InboxDelivery(messageId, GetType(),
            consumer => ((IdempotentConsumer<TMessage, TContext>)consumer).HandleAsync(context.Message, context), Activity.Current));
    }

    /// <summary>Apply the message to <see cref="Db"/>; the base class saves and commits.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context);
}
