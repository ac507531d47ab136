using System.Collections.Concurrent;
using System.Collections.Frozen;
using PublicHoliday;

namespace Hemit.ServiceDesk.Sla;

/// <summary>Which hours count against an SLA deadline.</summary>
public enum SlaCalendarKind
{
    /// <summary>Døgnkontinuerlig: every hour counts (level-1 services, priority 1).</summary>
    AroundTheClock,

    /// <summary>Working hours on Norwegian working days (weekdays that are not public holidays), in Oslo time.</summary>
    BusinessHours,
}

/// <summary>Counts the time between two instants that runs against a deadline.</summary>
public abstract class SlaCalendar
{
    public abstract TimeSpan Counted(DateTimeOffset from, DateTimeOffset to);

    public static SlaCalendar Of(SlaCalendarKind kind, TimeOnly dayStart, TimeOnly dayEnd) => kind switch
    {
        SlaCalendarKind.AroundTheClock => AroundTheClock.Instance,
        _ => new NorwegianBusinessHours(dayStart, dayEnd),
    };
}

public sealed class AroundTheClock : SlaCalendar
{
    public static readonly AroundTheClock Instance = new();

    public override TimeSpan Counted(DateTimeOffset from, DateTimeOffset to) => to > from ? to - from : TimeSpan.Zero;
}

/// <summary>
/// Working hours (by default 08:00-16:00) Monday to Friday in Oslo time, except Norwegian public holidays, which move with
/// Easter (skjærtorsdag, langfredag, 2. påskedag, Kristi himmelfartsdag, 2. pinsedag) or are fixed (1. mai, 17. mai, jul).
/// </summary>
public sealed class NorwegianBusinessHours(TimeOnly dayStart, TimeOnly dayEnd) : SlaCalendar
{
    private static readonly NorwayPublicHoliday Holidays = new();

    public static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>Each year's public holidays, worked out once: the month report counts business hours for every ticket.</summary>
    private static readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> HolidaysByYear = new();

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !HolidaysByYear.GetOrAdd(date.Year, HolidaysOf).Contains(date);

    private static FrozenSet<DateOnly> HolidaysOf(int year) =>
        Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(day => new DateOnly(year, 1, 1).AddDays(day))
            .Where(date => Holidays.IsPublicHoliday(date.ToDateTime(TimeOnly.MinValue)))
            .ToFrozenSet();

    /// <summary>
    /// Each day's working hours as instants (null on a day off), worked out once per day: a ticket open for months is
    /// counted day by day, and Oslo's UTC offset per day cost more than the rest of the count (bench/: SLA clock).
    /// </summary>
    private readonly ConcurrentDictionary<DateOnly, (DateTimeOffset Open, DateTimeOffset Close)?> _workingHours = new();

    private (DateTimeOffset Open, DateTimeOffset Close)? WorkingHoursOn(DateOnly day) =>
        _workingHours.GetOrAdd(day, d => IsWorkingDay(d) ? (OsloInstant(d, dayStart), OsloInstant(d, dayEnd)) : null);

    public override TimeSpan Counted(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, Oslo).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, Oslo).DateTime);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (WorkingHoursOn(day) is not { } hours)
            {
                continue;
            }

            var (open, close) = hours;
            var start = from > open ? from : open;
            var end = to < close ? to : close;
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    private static DateTimeOffset OsloInstant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Oslo.GetUtcOffset(local));
    }
}
