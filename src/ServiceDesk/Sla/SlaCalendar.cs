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

    /// <summary>Each year's public holidays, worked out once: the month report counts business hours for every ticket.</summary>
    private static readonly ConcurrentDictionary<int, FrozenSet<DateOnly>> HolidaysByYear = new();

    /// <summary>
    /// Each year's working hours as instants and the hours counted before each day, worked out once per year: a ticket
    /// open for months is then counted as the difference of two running totals instead of day by day (bench/: SLA clock).
    /// </summary>
    private readonly ConcurrentDictionary<int, WorkingYear> _years = new();

    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !HolidaysByYear.GetOrAdd(date.Year, HolidaysOf).Contains(date);

    private static FrozenSet<DateOnly> HolidaysOf(int year) =>
        Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365)
            .Select(day => new DateOnly(year, 1, 1).AddDays(day))
            .Where(date => Holidays.IsPublicHoliday(date.ToDateTime(TimeOnly.MinValue)))
            .ToFrozenSet();

    public override TimeSpan Counted(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var (fromYear, countedInFromYear) = CountedInYearUntil(from);
        var (toYear, countedInToYear) = CountedInYearUntil(to);
        if (fromYear == toYear)
        {
            return countedInToYear - countedInFromYear;
        }

        var total = WorkingYearOf(fromYear).Total - countedInFromYear + countedInToYear;
        for (var year = fromYear + 1; year < toYear; year++)
        {
            total += WorkingYearOf(year).Total;
        }

        return total;
    }

    /// <summary>The Oslo year an instant falls in and the working time from that year's start until the instant.</summary>
    private (int Year, TimeSpan Counted) CountedInYearUntil(DateTimeOffset instant)
    {
        var day = OsloDays.DateOf(instant);
        var year = WorkingYearOf(day.Year);
        var index = day.DayOfYear - 1;
        var worked = instant - year.Open[index];
        var length = year.Length[index];
        return (day.Year, year.Before[index] + (worked <= TimeSpan.Zero ? TimeSpan.Zero : worked < length ? worked : length));
    }

    private WorkingYear WorkingYearOf(int year) => _years.GetOrAdd(year, y => new WorkingYear(y, dayStart, dayEnd));

    /// <summary>One year of the calendar: each day's opening and working length (zero on a day off), and the running total before it.</summary>
    private sealed class WorkingYear
    {
        public WorkingYear(int year, TimeOnly dayStart, TimeOnly dayEnd)
        {
            var first = new DateOnly(year, 1, 1);
            var days = DateTime.IsLeapYear(year) ? 366 : 365;
            Open = new DateTimeOffset[days];
            Length = new TimeSpan[days];
            Before = new TimeSpan[days];
            var total = TimeSpan.Zero;
            for (var i = 0; i < days; i++)
            {
                var day = first.AddDays(i);
                Open[i] = OsloDays.At(day, dayStart);
                var length = OsloDays.At(day, dayEnd) - Open[i];
                Length[i] = IsWorkingDay(day) && length > TimeSpan.Zero ? length : TimeSpan.Zero;
                Before[i] = total;
                total += Length[i];
            }

            Total = total;
        }

        public DateTimeOffset[] Open { get; }

        public TimeSpan[] Length { get; }

        public TimeSpan[] Before { get; }

        public TimeSpan Total { get; }
    }
}
