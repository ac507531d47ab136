using Hemit.Contracts.Events;

namespace Hemit.BuildingBlocks.Outbox;

/// <summary>Queues events in the caller's DbContext; they are saved with its next SaveChanges, in its transaction.</summary>
public interface IOutbox
{
    void Add(IntegrationEvent integrationEvent);
}
