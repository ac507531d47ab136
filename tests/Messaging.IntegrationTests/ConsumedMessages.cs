using System.Collections.Concurrent;
using MassTransit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>
/// Counts, per message id, the deliveries of <typeparamref name="TMessage"/> a bus has finished consuming
/// (consumer returned, transaction committed), so a test knows when every copy it sent has been through the inbox.
/// </summary>
public sealed class ConsumedMessages<TMessage> : IConsumeMessageObserver<TMessage> where TMessage : class
{
    private readonly ConcurrentDictionary<Guid, int> _consumed = new();
    private readonly ConcurrentDictionary<Guid, int> _faulted = new();

    /// <summary>Deliveries of this message id that were consumed without a fault.</summary>
    public int Consumed(Guid messageId) => _consumed.GetValueOrDefault(messageId);

    /// <summary>Deliveries of this message id whose consumer threw.</summary>
    public int Faulted(Guid messageId) => _faulted.GetValueOrDefault(messageId);

    Task IConsumeMessageObserver<TMessage>.PreConsume(ConsumeContext<TMessage> context) => Task.CompletedTask;

    Task IConsumeMessageObserver<TMessage>.PostConsume(ConsumeContext<TMessage> context)
    {
        Count(_consumed, context);
        return Task.CompletedTask;
    }

    Task IConsumeMessageObserver<TMessage>.ConsumeFault(ConsumeContext<TMessage> context, Exception exception)
    {
        Count(_faulted, context);
        return Task.CompletedTask;
    }

    private static void Count(ConcurrentDictionary<Guid, int> counts, ConsumeContext context)
    {
        if (context.MessageId is { } messageId)
        {
            counts.AddOrUpdate(messageId, 1, (_, count) => count + 1);
        }
    }
}
