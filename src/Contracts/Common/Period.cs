namespace Hemit.Contracts.Common.V1;

/// <summary>A reporting month, written <c>YYYY-MM</c> everywhere a person reads or types it.</summary>
public sealed partial class Period
{
    public static Period Of(int year, int month) => new() { Year = year, Month = month };

    /// <summary>Parses <c>YYYY-MM</c>; returns false (with the reason <see cref="CalendarRules"/> gives) for anything else.</summary>
    public static bool TryParse(string? text, out Period period, out string reason) =>
        CalendarRules.TryParsePeriod(text, out period, out reason);

    public static Period Parse(string text) =>
        TryParse(text, out var period, out var reason) ? period : throw new FormatException(reason);

    /// <summary>True when the message holds a real month (proto messages arrive unchecked).</summary>
    public bool IsValid => CalendarRules.IsMonth(Year, Month);

    public string ToText() => $"{Year:D4}-{Month:D2}";
}
