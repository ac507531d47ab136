using System.Runtime.InteropServices;

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
    public static TicketTimeline Replay(string ticketId, IEnumerable<TicketEventEntry> events, DateTimeOffset asOf) =>
        ReplayInTimeOrder(ticketId, events.Where(e => e.OccurredAt < asOf).ToList());

    /// <summary>Every ticket among <paramref name="events"/>, replayed up to <paramref name="asOf"/>; tickets not created by then are left out.</summary>
    public static IReadOnlyList<TicketTimeline> ReplayAll(IEnumerable<TicketEventEntry> events, DateTimeOffset asOf)
    {
        // One pass into a list per ticket, each sorted in place: the month report replays every ticket twice (this year's
        // month and last year's), and LINQ's grouping and ordering per ticket made it mostly allocation and GC (perf).
        var byTicket = new Dictionary<string, List<TicketEventEntry>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            // A ticket without events before the instant is not created by then: leaving its events out changes nothing but the work.
            if (e.OccurredAt >= asOf)
            {
                continue;
            }

            ref var ofTicket = ref CollectionsMarshal.GetValueRefOrAddDefault(byTicket, e.TicketId, out _);
            (ofTicket ??= []).Add(e);
        }

        var timelines = new List<TicketTimeline>(byTicket.Count);
        foreach (var (ticketId, ofTicket) in byTicket)
        {
            var timeline = ReplayInTimeOrder(ticketId, ofTicket);
            if (timeline.IsCreated)
            {
                timelines.Add(timeline);
            }
        }

        return timelines;
    }

    /// <summary>Sorts the ticket's events by time, then event (stably: a ticket has a handful, so an insertion sort), and applies them.</summary>
    private static TicketTimeline ReplayInTimeOrder(string ticketId, List<TicketEventEntry> events)
    {
        for (var i = 1; i < events.Count; i++)
        {
            var e = events[i];
            var j = i - 1;
            for (; j >= 0 && InTimeOrder(e, events[j]) < 0; j--)
            {
                events[j + 1] = events[j];
            }

            events[j + 1] = e;
        }

        var timeline = new TicketTimeline(ticketId);
        foreach (var e in events)
        {
            timeline.Apply(e);
        }

        return timeline;
    }

    private static int InTimeOrder(TicketEventEntry a, TicketEventEntry b)
    {
        var byTime = a.OccurredAt.CompareTo(b.OccurredAt);
        return byTime != 0 ? byTime : Comparer<TicketEventKind>.Default.Compare(a.Event, b.Event);
    }

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
