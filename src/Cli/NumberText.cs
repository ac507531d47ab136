using System.Globalization;

namespace Hemit.Cli;

/// <summary>Which character a number may use before its decimals.</summary>
public enum DecimalSign
{
    /// <summary>Typed by a person: <c>1,5</c> as in Norwegian and <c>1.5</c> as in English both mean one and a half.</summary>
    PointOrComma,

    /// <summary>A comma-separated file, where a comma separates cells.</summary>
    Point,

    /// <summary>A semicolon-separated file as Norwegian Excel writes it: <c>1699000,50</c>.</summary>
    Comma,
}

/// <summary>
/// The one reader of numbers a person typed or a spreadsheet wrote, for every numeric option of <c>hemit</c> and every
/// number in an import file. Whatever can be read two ways is refused with a sentence, never guessed: thousands
/// separators (<c>1.500,5</c>, <c>1 500</c>, <c>1.500.000</c>) and spaces inside a number. So a budget can never come
/// out tenfold or a thousandfold because it was typed the Norwegian way.
/// </summary>
public static class NumberText
{
    public static bool TryParse(string? text, DecimalSign sign, out decimal value, out string reason)
    {
        value = 0m;
        reason = string.Empty;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            reason = "is empty; give a number, e.g. " + Example(sign);
            return false;
        }

        // Excel and Word write a minus as U+2212 when a cell is formatted; it is still a minus.
        var body = trimmed.Replace('\u2212', '-');
        if (body.Any(char.IsWhiteSpace))
        {
            reason = $"'{trimmed}' has a space in it, which reads as a thousands separator or two numbers; write it without spaces, e.g. {Example(sign)}";
            return false;
        }

        var points = body.Count(c => c == '.');
        var commas = body.Count(c => c == ',');
        if (points > 0 && commas > 0)
        {
            reason = $"'{trimmed}' has both a point and a comma, so it can be read two ways; write it with one decimal sign and no thousands separators, e.g. {Example(sign)}";
            return false;
        }

        if (points + commas > 1)
        {
            reason = $"'{trimmed}' has more than one '{(points > 1 ? '.' : ',')}', which reads as thousands separators; write it without them, e.g. {Example(sign)}";
            return false;
        }

        if ((sign == DecimalSign.Point && commas == 1) || (sign == DecimalSign.Comma && points == 1))
        {
            reason = sign == DecimalSign.Point
                ? $"'{trimmed}' has a decimal comma in a comma-separated file, where the decimal sign is a point; write {trimmed.Replace(',', '.')} or save the file semicolon-separated"
                : $"'{trimmed}' has a point in a semicolon-separated file, where the decimal sign is a comma; write {trimmed.Replace('.', ',')}";
            return false;
        }

        var invariant = body.Replace(',', '.');
        var unsigned = invariant.TrimStart('-', '+');
        var separator = unsigned.IndexOf('.');
        var wellFormed = unsigned.Length > 0 && invariant.Length - unsigned.Length <= 1
            && unsigned.All(c => char.IsAsciiDigit(c) || c == '.')
            && separator != 0 && separator != unsigned.Length - 1;
        if (!wellFormed || !decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            reason = $"'{trimmed}' is not a number; write e.g. {Example(sign)}";
            return false;
        }

        return true;
    }

    private static string Example(DecimalSign sign) => sign switch
    {
        DecimalSign.Point => "1234.5",
        DecimalSign.Comma => "1234,5",
        _ => "1,5 or 1.5",
    };
}
