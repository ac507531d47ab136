namespace Hemit.BuildingBlocks.Inbox;

/// <summary>A message a consumer has handled; its key makes a redelivered message a no-op.</summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; set; }

    public required string Consumer { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}
