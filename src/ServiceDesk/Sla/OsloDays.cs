using System.Collections.Concurrent;

namespace Hemit.ServiceDesk.Sla;

/// <summary>
/// Oslo's calendar days as instants. Each year's local midnights are worked out once from the time zone: the month report
/// and the SLA clock place tens of thousands of instants in Oslo days and months, and a time-zone conversion for each
/// was a quarter of the month report's CPU (perf of bench/ "month report compute").
/// </summary>
public static class OsloDays
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>Each year's local midnights, one a day and the next year's first: [day of year - 1].</summary>
    private static readonly ConcurrentDictionary<int, DateTimeOffset[]> MidnightsByYear = new();

    /// <summary>The instant a day and time of day in Oslo is (a time the clock skipped counts in the offset before the change).</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>The instant an Oslo day begins: its local midnight (Norway changes its clocks at 02:00 and 03:00, never at midnight).</summary>
    public static DateTimeOffset MidnightOf(DateOnly day) =>
        day.Year == DateOnly.MaxValue.Year ? At(day, TimeOnly.MinValue) : Midnights(day.Year)[day.DayOfYear - 1];

    /// <summary>The Oslo day an instant falls in.</summary>
    public static DateOnly DateOf(DateTimeOffset instant)
    {
        var utcDay = DateOnly.FromDateTime(instant.UtcDateTime);
        if (utcDay.Year is 1 or 9999)
        {
            // The tables' edges: one day either side may not exist.
            return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
        }

        // Oslo is less than a day from UTC, so its day is the UTC day or one next to it.
        var midnights = Midnights(utcDay.Year);
        var index = utcDay.DayOfYear - 1;
        if (instant >= midnights[index + 1])
        {
            return utcDay.AddDays(1);
        }

        return instant < midnights[index] ? utcDay.AddDays(-1) : utcDay;
    }

    private static DateTimeOffset[] Midnights(int year) =>
        MidnightsByYear.GetOrAdd(year, y =>
        {
            var first = new DateOnly(y, 1, 1);
            var days = DateTime.IsLeapYear(y) ? 366 : 365;
            return Enumerable.Range(0, days + 1).Select(d => At(first.AddDays(d), TimeOnly.MinValue)).ToArray();
        });
}
