using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Hemit.Cli.Importing;
using Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.Cli.ServiceDesk;

/// <summary>The service desk's import files: their columns and how a row becomes the message the service receives.</summary>
public static class ServiceDeskImportFiles
{
    public static readonly ImportFileLayout TicketEvents =
        new(["ticket_id", "occurred_at", "event"], ["type", "priority", "service", "responsible", "first_line_resolved"]);

    public static readonly ImportFileLayout Calls = new("interval_start", "answered", "total_wait_seconds");

    public static readonly ImportFileLayout Releases = new(["release_id", "service", "planned_date"], ["actual_date"]);

    public static readonly ImportFileLayout ServiceLevels = new(["service", "level"], ["window_weekday", "window_start", "window_end"]);

    public static readonly ImportFileLayout Downtime = new(["service", "start", "end", "planned", "description"], ["outside_hemit"]);

    public static ServiceLevel ToServiceLevel(CsvRow row) => new()
    {
        Service = row.Text("service"),
        Level = row.Integer("level"),
        WindowWeekday = row.Has("window_weekday") ? row.Integer("window_weekday") : 0,
        WindowStart = row.OptionalText("window_start") ?? string.Empty,
        WindowEnd = row.OptionalText("window_end") ?? string.Empty,
    };

    public static Downtime ToDowntime(CsvRow row) => new()
    {
        Service = row.Text("service"),
        Start = Instant(row, "start"),
        End = Instant(row, "end"),
        Planned = YesNo(row, "planned"),
        Description = row.Text("description"),
        OutsideHemit = row.Has("outside_hemit") && YesNo(row, "outside_hemit"),
    };

    public static CallInterval ToCallInterval(CsvRow row) => new()
    {
        IntervalStart = Instant(row, "interval_start"),
        Answered = row.Integer("answered"),
        TotalWaitSeconds = WholeSeconds(row, "total_wait_seconds"),
    };

    /// <summary>Dates stay text (YYYY-MM-DD); the service checks them, so a pushed row and a file row get the same sentence.</summary>
    public static Release ToRelease(CsvRow row) => new()
    {
        ReleaseId = row.Text("release_id"),
        Service = row.Text("service"),
        PlannedDate = row.Text("planned_date"),
        ActualDate = row.OptionalText("actual_date") ?? string.Empty,
    };

    private static long WholeSeconds(CsvRow row, string field)
    {
        var text = row.Text(field);
        if (text.Length == 0)
        {
            return 0;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : row.Refuse(field, $"'{text}' is not a whole number of seconds", 0L);
    }

    private static readonly IReadOnlyDictionary<string, TicketEventKind> EventCodes = new Dictionary<string, TicketEventKind>(StringComparer.Ordinal)
    {
        ["created"] = TicketEventKind.Created,
        ["pending"] = TicketEventKind.Pending,
        ["resumed"] = TicketEventKind.Resumed,
        ["resolved"] = TicketEventKind.Resolved,
        ["reopened"] = TicketEventKind.Reopened,
        ["priority_changed"] = TicketEventKind.PriorityChanged,
    };

    private static readonly IReadOnlyDictionary<string, TicketType> TypeCodes = new Dictionary<string, TicketType>(StringComparer.Ordinal)
    {
        ["incident"] = TicketType.Incident,
        ["support"] = TicketType.Support,
        ["order"] = TicketType.Order,
    };

    public static TicketEvent ToTicketEvent(CsvRow row)
    {
        var message = new TicketEvent
        {
            TicketId = row.Text("ticket_id"),
            OccurredAt = Instant(row, "occurred_at"),
            Event = Code(row, "event", EventCodes, required: true),
            Type = Code(row, "type", TypeCodes, required: false),
            Priority = row.Has("priority") ? row.Integer("priority") : 0,
            Service = row.OptionalText("service") ?? string.Empty,
            Responsible = row.OptionalText("responsible") ?? string.Empty,
        };
        if (row.Has("first_line_resolved"))
        {
            message.FirstLineResolved = YesNo(row, "first_line_resolved");
        }

        return message;
    }

    /// <summary>ISO 8601 with its offset (2021-10-04T09:15:00+02:00 or …Z); a time without one could be either side of a DST change, so it is refused.</summary>
    private static Timestamp? Instant(CsvRow row, string field)
    {
        var text = row.Text(field);
        if (text.Length == 0)
        {
            return null;
        }

        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
        return hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) && text.Contains('T')
            ? Timestamp.FromDateTimeOffset(instant)
            : row.Refuse<Timestamp?>(field, $"'{text}' is not a time with its offset; write ISO 8601, e.g. 2021-10-04T09:15:00+02:00", null);
    }

    private static T Code<T>(CsvRow row, string field, IReadOnlyDictionary<string, T> codes, bool required)
        where T : struct
    {
        if (!required && !row.Has(field))
        {
            return default;
        }

        var text = row.Text(field);
        return codes.TryGetValue(text.ToLowerInvariant(), out var value)
            ? value
            : text.Length == 0 ? default : row.Refuse(field, $"'{text}' is not one of {string.Join(", ", codes.Keys)}", default(T));
    }

    private static bool YesNo(CsvRow row, string field) => row.Text(field).ToLowerInvariant() switch
    {
        "true" or "yes" or "ja" or "1" => true,
        "false" or "no" or "nei" or "0" => false,
        var text => row.Refuse(field, $"'{text}' is not yes or no; write true or false", false),
    };
}
