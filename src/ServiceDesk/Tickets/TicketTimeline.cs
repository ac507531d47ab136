namespace Hemit.ServiceDesk.Tickets;

public enum TicketStatus
{
    Open,
    Pending,
    Resolved,
}

/// <summary>A stretch of time during which a ticket's SLA clock ran; <see cref="End"/> is null while it still runs.</summary>
public readonly record struct ClockInterval(DateTimeOffset Start, DateTimeOffset? End);

/// <summary>
/// A ticket as its events make it at one instant, replayed in time order whatever order they arrived in. The clock runs
/// while the ticket is open: it stops when pending or resolved, and a reopened ticket continues where it stopped.
/// </summary>
public sealed class TicketTimeline
{
    private readonly List<ClockInterval> _running = [];

    private TicketTimeline(string ticketId) => TicketId = ticketId;

    public string TicketId { get; }

    /// <summary>False when no created event is known (yet) at the instant: such a ticket is left out of every figure.</summary>
    public bool IsCreated { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public TicketType Type { get; private set; }

    public int Priority { get; private set; }

    public string Service { get; private set; } = string.Empty;

    public string Responsible { get; private set; } = string.Empty;

    public TicketStatus Status { get; private set; }

    /// <summary>The latest resolution, when the ticket is resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public bool FirstLineResolved { get; private set; }

    /// <summary>When the SLA clock ran, oldest first; the last one is open while the ticket is open.</summary>
    public IReadOnlyList<ClockInterval> Running => _running;

    /// <summary>The ticket as its events up to (not including) <paramref name="asOf"/> leave it.</summary>
    public static TicketTimeline Replay(string ticketId, IEnumerable<TicketEventEntry> events, DateTimeOffset asOf)
    {
        var timeline = new TicketTimeline(ticketId);
        foreach (var e in events.Where(e => e.OccurredAt < asOf).OrderBy(e => e.OccurredAt).ThenBy(e => e.Event))
        {
            timeline.Apply(e);
        }

        return timeline;
    }

    /// <summary>Every ticket among <paramref name="events"/>, replayed up to <paramref name="asOf"/>; tickets not created by then are left out.</summary>
    public static IReadOnlyList<TicketTimeline> ReplayAll(IEnumerable<TicketEventEntry> events, DateTimeOffset asOf) =>
        // A ticket without events before the instant is not created by then: leaving its events out first changes nothing but the work.
        events.Where(e => e.OccurredAt < asOf).GroupBy(e => e.TicketId, StringComparer.Ordinal)
            .Select(g => Replay(g.Key, g, asOf))
            .Where(t => t.IsCreated)
            .ToList();

    private void Apply(TicketEventEntry e)
    {
        if (e.Event == TicketEventKind.Created)
        {
            if (IsCreated)
            {
                return;
            }

            IsCreated = true;
            CreatedAt = e.OccurredAt;
            Status = TicketStatus.Open;
            _running.Add(new ClockInterval(e.OccurredAt, null));
        }
        else if (!IsCreated)
        {
            // An event stamped before the ticket's creation says nothing about its SLA.
            return;
        }

        Type = e.Type ?? Type;
        Priority = e.Priority ?? Priority;
        Service = e.Service ?? Service;
        Responsible = e.Responsible ?? Responsible;

        switch (e.Event, Status)
        {
            case (TicketEventKind.Pending, TicketStatus.Open):
                StopClock(e.OccurredAt);
                Status = TicketStatus.Pending;
                break;
            case (TicketEventKind.Resumed, TicketStatus.Pending):
                _running.Add(new ClockInterval(e.OccurredAt, null));
                Status = TicketStatus.Open;
                break;
            case (TicketEventKind.Resolved, TicketStatus.Open or TicketStatus.Pending):
                StopClock(e.OccurredAt);
                Status = TicketStatus.Resolved;
                ResolvedAt = e.OccurredAt;
                FirstLineResolved = e.FirstLineResolved ?? false;
                break;
            case (TicketEventKind.Reopened, TicketStatus.Resolved):
                _running.Add(new ClockInterval(e.OccurredAt, null));
                Status = TicketStatus.Open;
                ResolvedAt = null;
                FirstLineResolved = false;
                break;
        }
    }

    private void StopClock(DateTimeOffset at)
    {
        if (_running.Count > 0 && _running[^1].End is null)
        {
            _running[^1] = _running[^1] with { End = at };
        }
    }
}
