using Hemit.ServiceDesk.Reporting;
using Hemit.ServiceDesk.Sla;
using Hemit.ServiceDesk.Tickets;

namespace Hemit.ServiceDesk.Tests.Sla;

/// <summary>
/// The SLA clock as a service-desk manager reads it: working hours 08-16 Oslo time on Norwegian working days for
/// priorities 2-4, every hour for priority 1; pending time left out, a reopened ticket continuing its clock, a priority
/// change judged from creation.
/// </summary>
public sealed class SlaClockTests
{
    private static readonly SlaPolicies Policies = SlaPolicies.From(new SlaOptions());

    private static DateTimeOffset At(string isoWithOffset) => DateTimeOffset.Parse(isoWithOffset, System.Globalization.CultureInfo.InvariantCulture);

    private static TicketEventEntry Event(string at, TicketEventKind kind, int? priority = null, bool? firstLine = null) => new()
    {
        TicketId = "INC1",
        OccurredAt = At(at),
        Event = kind,
        Priority = priority,
        Type = kind == TicketEventKind.Created ? TicketType.Incident : null,
        Service = kind == TicketEventKind.Created ? "Doculive EPJ" : null,
        Responsible = kind == TicketEventKind.Created ? "Hemit" : null,
        FirstLineResolved = firstLine,
    };

    private static SlaStanding Standing(DateTimeOffset asOf, params TicketEventEntry[] events) =>
        SlaClock.Standing(TicketTimeline.Replay("INC1", events, asOf), Policies, asOf);

    private static TimeSpan BusinessHours(string from, string to) =>
        Policies.For(3).Calendar.Counted(At(from), At(to));

    [Fact]
    public void A_weekend_does_not_count_against_a_business_hours_deadline()
    {
        // Friday 15:00 to Monday 09:00: one hour on Friday, one on Monday.
        Assert.Equal(TimeSpan.FromHours(2), BusinessHours("2021-10-01T15:00:00+02:00", "2021-10-04T09:00:00+02:00"));
        // Before opening and after closing count nothing either.
        Assert.Equal(TimeSpan.FromHours(8), BusinessHours("2021-10-05T06:00:00+02:00", "2021-10-05T20:00:00+02:00"));
    }

    [Fact]
    public void Easter_holidays_move_with_easter_and_17_may_is_a_holiday()
    {
        // Easter 2021 was 4 April: skjærtorsdag 1 April, langfredag 2 April and 2. påskedag 5 April were holidays.
        Assert.Equal(TimeSpan.FromHours(2), BusinessHours("2021-03-31T15:00:00+02:00", "2021-04-06T09:00:00+02:00"));
        // In 2022 (Easter 17 April) the same dates were ordinary working days: Fri 1, Mon 4 and Tue 5 April count in full.
        Assert.Equal(TimeSpan.FromHours(26), BusinessHours("2022-03-31T15:00:00+02:00", "2022-04-06T09:00:00+02:00"));
        // ... and 14-18 April 2022 were not.
        Assert.Equal(TimeSpan.FromHours(2), BusinessHours("2022-04-13T15:00:00+02:00", "2022-04-19T09:00:00+02:00"));
        Assert.Equal(TimeSpan.Zero, BusinessHours("2021-05-17T08:00:00+02:00", "2021-05-17T16:00:00+02:00"));
        Assert.False(NorwegianBusinessHours.IsWorkingDay(new DateOnly(2021, 5, 13)), "Kristi himmelfartsdag 2021");
        Assert.True(NorwegianBusinessHours.IsWorkingDay(new DateOnly(2022, 5, 13)));
    }

    [Fact]
    public void Priority_1_counts_every_hour_also_across_the_autumn_clock_change()
    {
        // 30 Oct 22:00 CEST to 31 Oct 02:00 CET is five real hours (the clock went back at 03:00): past the 4-hour deadline.
        var standing = Standing(DateTimeOffset.MaxValue,
            Event("2021-10-30T22:00:00+02:00", TicketEventKind.Created, priority: 1),
            Event("2021-10-31T02:00:00+01:00", TicketEventKind.Resolved));

        Assert.Equal(TimeSpan.FromHours(5), standing.Elapsed);
        Assert.True(standing.Breached);
    }

    [Fact]
    public void Time_pending_does_not_count()
    {
        // Three weeks waiting for the requester; two working hours of work.
        var events = new[]
        {
            Event("2021-10-04T09:00:00+02:00", TicketEventKind.Created, priority: 3),
            Event("2021-10-04T10:00:00+02:00", TicketEventKind.Pending),
            Event("2021-10-25T09:00:00+02:00", TicketEventKind.Resumed),
            Event("2021-10-25T10:00:00+02:00", TicketEventKind.Resolved),
        };

        var standing = Standing(DateTimeOffset.MaxValue, events);

        Assert.Equal(TimeSpan.FromHours(2), standing.Elapsed);
        Assert.False(standing.Breached);
        // While still pending, the clock stands still at one hour.
        Assert.Equal(TimeSpan.FromHours(1), Standing(At("2021-10-20T12:00:00+02:00"), events).Elapsed);
    }

    [Fact]
    public void A_reopened_ticket_continues_its_clock_instead_of_starting_again()
    {
        // Priority 2 (8 working hours): 3 hours before the first resolution, 6 after reopening: 9 hours, late.
        var standing = Standing(DateTimeOffset.MaxValue,
            Event("2021-10-05T09:00:00+02:00", TicketEventKind.Created, priority: 2),
            Event("2021-10-05T12:00:00+02:00", TicketEventKind.Resolved, firstLine: true),
            Event("2021-10-06T09:00:00+02:00", TicketEventKind.Reopened),
            Event("2021-10-06T15:00:00+02:00", TicketEventKind.Resolved, firstLine: false));

        Assert.Equal(TimeSpan.FromHours(9), standing.Elapsed);
        Assert.True(standing.Breached);
    }

    [Fact]
    public void A_priority_change_judges_the_ticket_by_the_new_priority_from_creation()
    {
        var created = Event("2021-10-04T09:00:00+02:00", TicketEventKind.Created, priority: 1);
        var resolved = Event("2021-10-05T14:00:00+02:00", TicketEventKind.Resolved);

        // As priority 1: 29 hours around the clock against 4.
        var asPriority1 = Standing(DateTimeOffset.MaxValue, created, resolved);
        // Lowered to 3 an hour in: 13 working hours since creation, against 24.
        var lowered = Standing(DateTimeOffset.MaxValue, created, Event("2021-10-04T10:00:00+02:00", TicketEventKind.PriorityChanged, priority: 3), resolved);

        Assert.Equal((TimeSpan.FromHours(29), true), (asPriority1.Elapsed, asPriority1.Breached));
        Assert.Equal((TimeSpan.FromHours(13), false, 3), (lowered.Elapsed, lowered.Breached, lowered.Policy.Priority));
    }

    [Fact]
    public void Events_arriving_out_of_order_give_the_same_ticket()
    {
        var events = new[]
        {
            Event("2021-10-05T12:00:00+02:00", TicketEventKind.Resolved, firstLine: true),
            Event("2021-10-04T10:00:00+02:00", TicketEventKind.Pending),
            Event("2021-10-04T09:00:00+02:00", TicketEventKind.Created, priority: 3),
            Event("2021-10-05T09:00:00+02:00", TicketEventKind.Resumed),
        };

        var shuffled = TicketTimeline.Replay("INC1", events, DateTimeOffset.MaxValue);
        var ordered = TicketTimeline.Replay("INC1", events.OrderBy(e => e.OccurredAt), DateTimeOffset.MaxValue);

        Assert.Equal((TicketStatus.Resolved, true), (shuffled.Status, shuffled.FirstLineResolved));
        Assert.Equal(TimeSpan.FromHours(4), SlaClock.Standing(shuffled, Policies, DateTimeOffset.MaxValue).Elapsed);
        Assert.Equal(ordered.Running, shuffled.Running);
    }

    [Fact]
    public void A_ticket_spanning_a_month_end_is_open_in_one_month_and_resolved_in_the_next()
    {
        // Priority 2, created Friday 29 Oct 14:00, resolved Tuesday 2 Nov 10:00: 2 + 8 + 2 = 12 working hours, late.
        var events = new[]
        {
            Event("2021-10-29T14:00:00+02:00", TicketEventKind.Created, priority: 2),
            Event("2021-11-02T10:00:00+01:00", TicketEventKind.Resolved, firstLine: false),
        };

        var october = MonthFigures.Compute(new OsloMonth(2021, 10), events, Policies);
        var november = MonthFigures.Compute(new OsloMonth(2021, 11), events, Policies);

        // October: created there, not resolved, and at the month's end 2 hours used of 8, so not in the backlog.
        Assert.Equal(1, october.ByType.Single(t => t.Type is null).Count);
        Assert.Equal(0, october.Deadlines.Single(d => d.Priority is null).Resolved);
        Assert.Empty(october.Backlog);
        // November: resolved there, late.
        Assert.Equal(0, november.ByType.Single(t => t.Type is null).Count);
        Assert.Equal((1, 0), (november.Deadlines.Single(d => d.Priority == 2).Resolved, november.Deadlines.Single(d => d.Priority == 2).WithinDeadline));
    }
}
