namespace Hemit.Contracts.Events;

/// <summary>
/// A past-tense fact one service announces to the others over RabbitMQ.
/// <see cref="Id"/> is the outbox row's id and the message id on the wire, so consumers can drop redeliveries.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset CreatedAt { get; init; } = DateTimeOffset.UtcNow;
}
