namespace Hemit.BuildingBlocks.Operations;

/// <summary>The queues this service's consumers receive from, as MassTransit configured them (for their error queues).</summary>
public sealed class ReceiveQueues
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_names)
            {
                return [.. _names.Order(StringComparer.Ordinal)];
            }
        }
    }

    internal void Add(string name)
    {
        lock (_names)
        {
            _names.Add(name);
        }
    }
}
