using Hemit.Governance.Calendar;
using Hemit.Governance.Meetings;
using Hemit.Governance.Refusals;

namespace Hemit.Governance.Grpc;

/// <summary>Reads the wire's text fields (dates, times, ids) into the domain's types, noting each bad one by its field path.</summary>
internal static class RequestFields
{
    public static DateOnly Date(string text, string field, Problems problems)
    {
        if (BoardCalendar.TryParseDate(text, out var date))
        {
            return date;
        }

        problems.Add(field, text.Length == 0 ? "a date is required (YYYY-MM-DD)" : $"«{text}» is not a date (YYYY-MM-DD)");
        return default;
    }

    public static DateOnly? OptionalDate(string text, string field, Problems problems) =>
        text.Trim().Length == 0 ? null : Date(text, field, problems);

    public static TimeOnly Time(string text, string field, Problems problems)
    {
        if (BoardCalendar.TryParseTime(text, out var time))
        {
            return time;
        }

        problems.Add(field, text.Length == 0 ? "a time is required (HH:MM)" : $"«{text}» is not a time (HH:MM)");
        return default;
    }

    public static TimeSlot Slot(string start, string end, string prefix, Problems problems) =>
        new(Time(start, prefix + "start", problems), Time(end, prefix + "end", problems));

    /// <summary>The meeting a request names by its date; refused at once when it is not a date.</summary>
    public static DateOnly Meeting(string id, string field = "meeting_id")
    {
        var problems = new Problems();
        var date = Date(id, field, problems);
        problems.ThrowIfAny();
        return date;
    }

    public static Tertial Tertial(string text, string field, Problems problems)
    {
        if (Calendar.Tertial.TryParse(text, out var tertial))
        {
            return tertial;
        }

        problems.Add(field, $"«{text}» is not a tertial (YYYY-T1, -T2 or -T3)");
        return default;
    }

    public static TEnum Enum<TEnum>(int value, string field, Problems problems) where TEnum : struct, Enum
    {
        if (System.Enum.IsDefined(typeof(TEnum), value))
        {
            return (TEnum)(object)value;
        }

        problems.Add(field, value == 0 ? "required" : $"{value} is not a known value");
        return default;
    }
}
