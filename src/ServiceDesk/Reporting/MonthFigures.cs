using Hemit.ServiceDesk.Phone;
using Hemit.ServiceDesk.Sla;
using Hemit.ServiceDesk.Tickets;

namespace Hemit.ServiceDesk.Reporting;

public sealed record TypeCount(TicketType? Type, int Count, int SameMonthLastYear)
{
    /// <summary>(count − last year) / last year × 100; null when last year had none.</summary>
    public decimal? ChangePercent => SameMonthLastYear == 0 ? null : (Count - SameMonthLastYear) * 100m / SameMonthLastYear;
}

/// <summary>Tickets resolved in the month at one priority (null: all), and how many within the deadline.</summary>
public sealed record DeadlineRate(int? Priority, int Resolved, int WithinDeadline, decimal TargetPercent)
{
    public decimal? RatePercent => Resolved == 0 ? null : WithinDeadline * 100m / Resolved;

    public bool TargetMet => RatePercent >= TargetPercent;
}

public sealed record FirstLineRate(int Resolved, int FirstLine, decimal TargetPercent)
{
    public decimal? RatePercent => Resolved == 0 ? null : FirstLine * 100m / Resolved;

    public bool TargetMet => RatePercent >= TargetPercent;
}

public sealed record ServiceCount(string Service, int Count);

public sealed record BacklogGroup(string Service, string Responsible, int Count);

/// <summary>
/// Section 3.1 "Hemithjelp nøkkeltall" of one month, every rate a ratio of counts (sums over sums for the total),
/// computed from the tickets as their events leave them at the month's end. Pure: no database.
/// </summary>
public sealed record MonthFigures(
    OsloMonth Month,
    IReadOnlyList<TypeCount> ByType,
    IReadOnlyList<DeadlineRate> Deadlines,
    FirstLineRate FirstLine,
    IReadOnlyList<ServiceCount> TopServices,
    IReadOnlyList<BacklogGroup> Backlog,
    CallMonthFigures Calls)
{
    public const int TopServiceCount = 10;

    /// <param name="events">Every event before the month's end of the tickets that may count (at least those of this month and the same month last year, and all open ones).</param>
    /// <param name="calls">The call intervals of the month and of the same month last year.</param>
    public static MonthFigures Compute(OsloMonth month, IEnumerable<TicketEventEntry> events, SlaPolicies policies, IEnumerable<CallIntervalEntry>? calls = null)
    {
        var all = events.ToList();
        var atEnd = TicketTimeline.ReplayAll(all, month.End);
        var lastYearMonth = month.SameMonthLastYear;
        var lastYear = TicketTimeline.ReplayAll(all, lastYearMonth.End).Where(t => lastYearMonth.Contains(t.CreatedAt)).ToList();
        var created = atEnd.Where(t => month.Contains(t.CreatedAt)).ToList();

        var byType = Enum.GetValues<TicketType>()
            .Select(type => new TypeCount(type, created.Count(t => t.Type == type), lastYear.Count(t => t.Type == type)))
            .Append(new TypeCount(null, created.Count, lastYear.Count))
            .ToList();

        var resolved = atEnd
            .Where(t => t.Status == TicketStatus.Resolved && month.Contains(t.ResolvedAt!.Value))
            .Select(t => (Ticket: t, Standing: SlaClock.Standing(t, policies, month.End)))
            .ToList();
        var deadlines = policies.ByPriority.Keys.Order()
            .Select(priority =>
            {
                var ofPriority = resolved.Where(r => r.Ticket.Priority == priority).ToList();
                return new DeadlineRate(priority, ofPriority.Count, ofPriority.Count(r => !r.Standing.Breached), policies.For(priority).TargetPercent);
            })
            .ToList();
        deadlines.Add(new DeadlineRate(null, deadlines.Sum(d => d.Resolved), deadlines.Sum(d => d.WithinDeadline), policies.TotalTargetPercent));

        var firstLine = new FirstLineRate(resolved.Count, resolved.Count(r => r.Ticket.FirstLineResolved), policies.FirstLineTargetPercent);

        var topServices = created.GroupBy(t => t.Service, StringComparer.Ordinal)
            .Select(g => new ServiceCount(g.Key, g.Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Service, StringComparer.Ordinal)
            .Take(TopServiceCount)
            .ToList();

        var backlog = atEnd
            .Where(t => t.Status != TicketStatus.Resolved && SlaClock.Standing(t, policies, month.End).Breached)
            .GroupBy(t => (t.Service, t.Responsible))
            .Select(g => new BacklogGroup(g.Key.Service, g.Key.Responsible, g.Count()))
            .OrderByDescending(b => b.Count).ThenBy(b => b.Service, StringComparer.Ordinal).ThenBy(b => b.Responsible, StringComparer.Ordinal)
            .ToList();

        var intervals = (calls ?? []).ToList();
        var callFigures = CallMonthFigures.Compute(
            intervals.Where(i => month.Contains(i.IntervalStart)), intervals.Where(i => lastYearMonth.Contains(i.IntervalStart)), policies.CallWaitTargetSeconds);

        return new MonthFigures(month, byType, deadlines, firstLine, topServices, backlog, callFigures);
    }
}
