namespace Hemit.BuildingBlocks.Outbox;

/// <summary>
/// An integration event waiting to be published: written in the same transaction as the business change,
/// so an event is announced exactly when its change committed, even if the broker was down at the time.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    /// <summary>"Full.Type.Name, Assembly" of the event, to deserialize it for publishing.</summary>
    public required string MessageType { get; set; }

    public required string Payload { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>W3C traceparent of the request that caused the event, so the RabbitMQ hop joins its trace.</summary>
    public string? TraceParent { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
