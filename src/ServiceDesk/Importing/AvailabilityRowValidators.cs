using System.Globalization;
using Hemit.BuildingBlocks.Importing;
using Hemit.ServiceDesk.Availability;
using Wire = Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.ServiceDesk.Importing;

/// <summary>A checked service-level row: the service's level and, when given, one of its maintenance windows.</summary>
public sealed record ServiceLevelRow(long Row, ServiceLevelEntry Level, MaintenanceWindowEntry? Window);

/// <summary>Checks pushed service levels (a name, level 1-3, a whole window or none) and downtime (a name, start before end).</summary>
public static class AvailabilityRowValidators
{
    public static readonly BatchRules<Wire.ServiceLevel, ServiceLevelRow, (string, DayOfWeek?, TimeOnly?)> ServiceLevels =
        new("Service level import", "service_levels", ValidateServiceLevel,
            r => (r.Level.Service, r.Window?.Weekday, r.Window?.Start),
            r => ("window_start", r.Window is null ? $"{r.Level.Service} without a window" : $"{r.Level.Service}'s window {r.Window.Weekday} {r.Window.Start:HH\\:mm}"));

    public static readonly BatchRules<Wire.Downtime, DowntimeEntry, (string, DateTimeOffset)> Downtime =
        new("Downtime import", "downtime", ValidateDowntime, d => (d.Service, d.Start), d => ("start", $"{d.Service} down from {d.Start:O}"));

    public static ServiceLevelRow? ValidateServiceLevel(Wire.ServiceLevel message, long row, RowRejections rejections)
    {
        var ok = rejections.CheckName(row, "service", message.Service, "service", "IDS 7 PACS");
        if (message.Level is < 1 or > 3)
        {
            ok = rejections.Check(row, "level", $"{message.Level} is not a service level; use 1 (24/7 with on-call), 2 or 3");
        }

        MaintenanceWindowEntry? window = null;
        var hasWindow = message.WindowWeekday != 0 || message.WindowStart.Length > 0 || message.WindowEnd.Length > 0;
        if (hasWindow)
        {
            if (message.WindowWeekday is < 1 or > 7)
            {
                ok = rejections.Check(row, "window_weekday", $"{message.WindowWeekday} is not a weekday; use 1 (Monday) to 7 (Sunday)");
            }

            var start = Time(message.WindowStart, row, "window_start", rejections, ref ok);
            var end = Time(message.WindowEnd, row, "window_end", rejections, ref ok);
            if (start is not null && end is not null && end <= start)
            {
                ok = rejections.Check(row, "window_end", $"{message.WindowEnd} is not after {message.WindowStart}; a window ends the same day");
            }

            if (ok)
            {
                window = new MaintenanceWindowEntry
                {
                    Service = message.Service,
                    Weekday = message.WindowWeekday == 7 ? DayOfWeek.Sunday : (DayOfWeek)message.WindowWeekday,
                    Start = start!.Value,
                    End = end!.Value,
                };
            }
        }

        return ok ? new ServiceLevelRow(row, new ServiceLevelEntry { Service = message.Service, Level = message.Level }, window) : null;
    }

    public static DowntimeEntry? ValidateDowntime(Wire.Downtime message, long row, RowRejections rejections)
    {
        var ok = rejections.CheckName(row, "service", message.Service, "service", "IDS 7 PACS");
        ok &= rejections.Check(row, "start", Instants.Problem(message.Start));
        ok &= rejections.Check(row, "end", Instants.Problem(message.End));
        if (ok && message.End.ToDateTimeOffset() <= message.Start.ToDateTimeOffset())
        {
            ok = rejections.Check(row, "end", $"{message.End.ToDateTimeOffset():O} is not after the start {message.Start.ToDateTimeOffset():O}");
        }

        if (string.IsNullOrWhiteSpace(message.Description))
        {
            ok = rejections.Check(row, "description", "missing; say what happened, e.g. Problemer med oppkobling mot IDS 7");
        }
        else
        {
            ok &= rejections.CheckFreeText(row, "description", message.Description);
        }

        return ok
            ? new DowntimeEntry
            {
                Service = message.Service,
                Start = message.Start.ToDateTimeOffset(),
                End = message.End.ToDateTimeOffset(),
                Planned = message.Planned,
                Description = message.Description,
                OutsideHemit = message.OutsideHemit,
            }
            : null;
    }

    private static TimeOnly? Time(string text, long row, string field, RowRejections rejections, ref bool ok)
    {
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        ok = rejections.Check(row, field, $"'{text}' is not a time of day; write HH:mm, e.g. 22:00");
        return null;
    }
}
