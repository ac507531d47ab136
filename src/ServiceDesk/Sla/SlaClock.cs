using Hemit.ServiceDesk.Tickets;

namespace Hemit.ServiceDesk.Sla;

/// <summary>Where a ticket stands against its deadline at one instant (its resolution, or the instant asked about).</summary>
/// <param name="Elapsed">Counted time: the clock's running stretches on the priority's calendar, pending time left out.</param>
public sealed record SlaStanding(SlaPolicy Policy, TimeSpan Elapsed)
{
    public bool Breached => Elapsed > Policy.ResolutionDeadline;
}

/// <summary>
/// The SLA clock. The deadline is the current priority's, counted from creation, so a priority change re-bases it;
/// time pending does not count; a reopened ticket's clock continues from what it had used.
/// </summary>
public static class SlaClock
{
    /// <summary>The standing of a resolved ticket at its resolution, or of an open one at <paramref name="asOf"/>.</summary>
    public static SlaStanding Standing(TicketTimeline ticket, SlaPolicies policies, DateTimeOffset asOf)
    {
        var policy = policies.For(ticket.Priority);
        var until = ticket.ResolvedAt ?? asOf;
        var elapsed = TimeSpan.Zero;
        foreach (var interval in ticket.Running)
        {
            var end = interval.End ?? until;
            elapsed += policy.Calendar.Counted(interval.Start, end < until ? end : until);
        }

        return new SlaStanding(policy, elapsed);
    }
}
