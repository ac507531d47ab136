using Hemit.ServiceDesk.Reporting;
using Hemit.ServiceDesk.Sla;

namespace Hemit.ServiceDesk.Tests.Sla;

/// <summary>
/// The Oslo days, months and business hours worked out from per-year tables give what the time zone itself gives, to
/// the tick, around every clock change and year end: checked against a day-by-day count through TimeZoneInfo.
/// </summary>
public sealed class OsloDaysTests
{
    private static readonly NorwegianBusinessHours EightToFour = new(new TimeOnly(8, 0), new TimeOnly(16, 0));

    [Theory]
    [InlineData("2021-03-28T00:59:59.9999999+00:00", "2021-03-28")] // 01:59:59 CET, just before the clock goes forward
    [InlineData("2021-03-28T01:00:00+00:00", "2021-03-28")] // 03:00 CEST
    [InlineData("2021-10-30T21:59:59.9999999+00:00", "2021-10-30")] // 23:59:59 CEST
    [InlineData("2021-10-30T22:00:00+00:00", "2021-10-31")] // midnight CEST, the night the clock goes back
    [InlineData("2021-12-31T22:59:59.9999999+00:00", "2021-12-31")]
    [InlineData("2021-12-31T23:00:00+00:00", "2022-01-01")] // New Year in Oslo, still 2021 in UTC
    [InlineData("2022-01-01T00:00:00+01:00", "2022-01-01")]
    public void An_instant_falls_in_the_day_Oslo_calls_it(string instant, string day)
    {
        var at = At(instant);

        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), OsloDays.DateOf(at));
        Assert.Equal(day[..7], OsloMonth.Of(at).ToString());
    }

    [Fact]
    public void Days_and_months_agree_with_the_time_zone_across_ten_years()
    {
        var random = new Random(20211031);
        var start = new DateTimeOffset(2016, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 20_000; i++)
        {
            var instant = start.AddMinutes(random.Next(0, 10 * 366 * 24 * 60)).AddTicks(random.Next(0, (int)TimeSpan.TicksPerMinute));
            var local = TimeZoneInfo.ConvertTime(instant, OsloDays.Zone);

            Assert.Equal(DateOnly.FromDateTime(local.DateTime), OsloDays.DateOf(instant));
            var month = OsloMonth.Of(instant);
            Assert.True(month.Contains(instant), $"{instant:O} is in {month}");
            Assert.Equal(new DateTime(local.Year, local.Month, 1), TimeZoneInfo.ConvertTime(month.Start, OsloDays.Zone).DateTime);
            Assert.Equal(new DateTime(local.Year, local.Month, 1).AddMonths(1), TimeZoneInfo.ConvertTime(month.End, OsloDays.Zone).DateTime);
        }
    }

    [Fact]
    public void Business_hours_counted_from_the_running_totals_equal_a_count_day_by_day()
    {
        var random = new Random(20211119);
        var start = new DateTimeOffset(2019, 12, 20, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5_000; i++)
        {
            var from = start.AddMinutes(random.Next(0, 3 * 366 * 24 * 60));
            // Mostly within weeks, some across a year or two: both ways of counting, both kinds of span.
            var to = from.AddMinutes(random.Next(0, i % 10 == 0 ? 800 * 24 * 60 : 30 * 24 * 60));

            Assert.Equal(DayByDay(from, to), EightToFour.Counted(from, to));
        }
    }

    [Fact]
    public void The_short_day_of_the_clock_change_counts_its_working_hours_in_real_time()
    {
        // Monday 28 March 2022 and Monday 31 October 2022 are ordinary 8-hour working days; the nights before changed the clock.
        Assert.Equal(TimeSpan.FromHours(8), EightToFour.Counted(
            At("2022-03-27T00:00:00+01:00"), At("2022-03-29T00:00:00+02:00")));
        Assert.Equal(TimeSpan.FromHours(8), EightToFour.Counted(
            At("2022-10-30T00:00:00+02:00"), At("2022-11-01T00:00:00+01:00")));
        // Across New Year: Friday 30 December 2022 15-16, Monday 2 January 2023 in full, Tuesday 08-09.
        Assert.Equal(TimeSpan.FromHours(10), EightToFour.Counted(
            At("2022-12-30T15:00:00+01:00"), At("2023-01-03T09:00:00+01:00")));
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The oracle: every Oslo day between the two instants, its working hours through TimeZoneInfo, clipped to them.</summary>
    private static TimeSpan DayByDay(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        var first = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, OsloDays.Zone).DateTime);
        var last = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, OsloDays.Zone).DateTime);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (!NorwegianBusinessHours.IsWorkingDay(day))
            {
                continue;
            }

            var open = Instant(day, new TimeOnly(8, 0));
            var close = Instant(day, new TimeOnly(16, 0));
            var overlap = (to < close ? to : close) - (from > open ? from : open);
            if (overlap > TimeSpan.Zero)
            {
                total += overlap;
            }
        }

        return total;
    }

    private static DateTimeOffset Instant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, OsloDays.Zone.GetUtcOffset(local));
    }
}
