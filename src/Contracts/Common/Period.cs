using System.Globalization;

namespace Hemit.Contracts.Common.V1;

/// <summary>A reporting month, written <c>YYYY-MM</c> everywhere a person reads or types it.</summary>
public sealed partial class Period
{
    public static Period Of(int year, int month) => new() { Year = year, Month = month };

    /// <summary>Parses <c>YYYY-MM</c>; returns false (with a reason) for anything else.</summary>
    public static bool TryParse(string? text, out Period period, out string reason)
    {
        period = new Period();
        reason = string.Empty;
        if (text is null || text.Length != 7 || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            reason = $"'{text}' is not a period; write YYYY-MM, e.g. 2021-10";
            return false;
        }

        if (year is < 1900 or > 2999 || month is < 1 or > 12)
        {
            reason = $"'{text}' is not a real month";
            return false;
        }

        period = Of(year, month);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period, out var reason) ? period : throw new FormatException(reason);

    /// <summary>True when the message holds a real month (proto messages arrive unchecked).</summary>
    public bool IsValid => Year is >= 1900 and <= 2999 && Month is >= 1 and <= 12;

    public string ToText() => $"{Year:D4}-{Month:D2}";
}
