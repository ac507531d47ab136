using Hemit.ServiceDesk.Reporting;
using Hemit.ServiceDesk.Sla;

namespace Hemit.ServiceDesk.Availability;

public sealed record ServiceUptime(string Service, int Level, TimeSpan Downtime, decimal UptimePercent);

public sealed record DowntimeLine(DowntimeEntry Downtime, TimeSpan Counted);

/// <summary>
/// Section 3.2 "Tilgjengelighet" of a month. Counted downtime: unplanned downtime, and planned downtime where it falls
/// outside the service's agreed windows; downtime outside Hemit's deliveries is only listed. Uptime = (the month's
/// time − counted downtime) / the month's time. Unplanned downtime of a level-1 service is an SLA breach. Pure.
/// </summary>
public sealed record AvailabilityFigures(
    OsloMonth Month,
    IReadOnlyList<ServiceUptime> Services,
    IReadOnlyList<DowntimeLine> SlaBreaches,
    IReadOnlyList<DowntimeLine> PlannedOutsideWindow,
    IReadOnlyList<DowntimeLine> OtherDowntime)
{
    public static AvailabilityFigures Compute(
        OsloMonth month, IReadOnlyCollection<ServiceLevelEntry> levels, IReadOnlyCollection<MaintenanceWindowEntry> windows, IEnumerable<DowntimeEntry> downtime)
    {
        var inMonth = downtime.Where(d => d.End > month.Start && d.Start < month.End).OrderBy(d => d.Start).ThenBy(d => d.Service, StringComparer.Ordinal).ToList();
        var monthLength = month.End - month.Start;
        var levelOf = levels.ToDictionary(l => l.Service, l => l.Level, StringComparer.Ordinal);
        var counted = inMonth.Where(d => !d.OutsideHemit)
            .Select(d => new DowntimeLine(d, Counted(d, month, windows.Where(w => w.Service == d.Service).ToList())))
            .ToList();

        var services = levels
            .Select(l =>
            {
                var down = counted.Where(c => c.Downtime.Service == l.Service).Aggregate(TimeSpan.Zero, (sum, c) => sum + c.Counted);
                var uptime = (decimal)(monthLength - down).Ticks * 100m / monthLength.Ticks;
                return new ServiceUptime(l.Service, l.Level, down, uptime);
            })
            .OrderBy(s => s.Level).ThenBy(s => s.Service, StringComparer.Ordinal)
            .ToList();

        return new AvailabilityFigures(
            month,
            services,
            counted.Where(c => !c.Downtime.Planned && levelOf.GetValueOrDefault(c.Downtime.Service) == 1).ToList(),
            counted.Where(c => c.Downtime.Planned && c.Counted > TimeSpan.Zero).ToList(),
            inMonth.Where(d => d.OutsideHemit).Select(d => new DowntimeLine(d, Clip(d, month))).ToList());
    }

    /// <summary>The downtime inside the month that counts: all of it when unplanned, the part outside the windows when planned.</summary>
    private static TimeSpan Counted(DowntimeEntry downtime, OsloMonth month, IReadOnlyList<MaintenanceWindowEntry> windows)
    {
        var start = downtime.Start > month.Start ? downtime.Start : month.Start;
        var end = downtime.End < month.End ? downtime.End : month.End;
        var length = end - start;
        if (!downtime.Planned || length <= TimeSpan.Zero)
        {
            return length > TimeSpan.Zero ? length : TimeSpan.Zero;
        }

        var insideWindows = TimeSpan.Zero;
        var firstDay = OsloDays.DateOf(start);
        var lastDay = OsloDays.DateOf(end);
        for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
        {
            foreach (var window in windows.Where(w => w.Weekday == day.DayOfWeek))
            {
                var open = OsloDays.At(day, window.Start);
                var close = OsloDays.At(day, window.End);
                var overlap = (end < close ? end : close) - (start > open ? start : open);
                if (overlap > TimeSpan.Zero)
                {
                    insideWindows += overlap;
                }
            }
        }

        return length - insideWindows;
    }

    private static TimeSpan Clip(DowntimeEntry downtime, OsloMonth month) =>
        (downtime.End < month.End ? downtime.End : month.End) - (downtime.Start > month.Start ? downtime.Start : month.Start);
}
