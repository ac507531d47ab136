using System.Globalization;

namespace Hemit.Cli.Output;

/// <summary>How numbers look in the table format, the way Norwegian board papers print them.</summary>
public static class DisplayFormats
{
    private static readonly NumberFormatInfo Norwegian = CreateNorwegianNumbers();

    /// <summary>What a cell without figures shows: Statistics Norway's sign for "oppgave mangler", never 0.</summary>
    public const string Missing = "…";

    public static string Default(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString("#,0.##", Norwegian),
        double d => d.ToString("#,0.##", Norwegian),
        int or long => ((IFormattable)value).ToString("#,0", Norwegian),
        bool b => b ? "ja" : "nei",
        DateTimeOffset t => t.ToLocalTime().ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>The Norwegian month name the board paper uses, e.g. 10 → "Oktober".</summary>
    public static string MonthName(int month) =>
        month is >= 1 and <= 12 ? MonthNames[month - 1] : month.ToString(CultureInfo.InvariantCulture);

    /// <summary>A month kept as its code "2021-10" (csv/json) and shown as "oktober 2021" in a table.</summary>
    public static string Period(object? value) =>
        value is string code && code.Length == 7 && code[4] == '-'
            && int.TryParse(code[5..], CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? $"{MonthName(month).ToLowerInvariant()} {code[..4]}"
            : Default(value);

    private static readonly string[] MonthNames =
        ["Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Desember"];

    /// <summary>A number that is a name, such as a year: no thousands grouping ("2021", not "2 021").</summary>
    public static string Plain(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>Whole thousands of NOK, negatives in parentheses: -3 401 234 prints "(3 401)".</summary>
    public static string ThousandsOfNok(object? value)
    {
        if (value is not decimal amount)
        {
            return Default(value);
        }

        var thousands = Math.Round(amount / 1000m, 0, MidpointRounding.AwayFromZero);
        var text = Math.Abs(thousands).ToString("#,0", Norwegian);
        return thousands < 0 ? $"({text})" : text;
    }

    /// <summary>A number with exactly <paramref name="decimals"/> decimals and a decimal comma, e.g. 5.4 → "5,4".</summary>
    public static Func<object?, string> Fixed(int decimals) => value => value switch
    {
        decimal d => d.ToString("N" + decimals, Norwegian),
        _ => Default(value),
    };

    /// <summary>A percentage with the given decimals, e.g. 5.4 → "5,4 %".</summary>
    public static Func<object?, string> Percent(int decimals) => value => value switch
    {
        null => string.Empty,
        decimal d => d.ToString("N" + decimals, Norwegian) + " %",
        _ => Default(value),
    };

    private static NumberFormatInfo CreateNorwegianNumbers()
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        // Board papers group thousands with a space and use a decimal comma.
        format.NumberGroupSeparator = " ";
        format.NumberDecimalSeparator = ",";
        format.PercentGroupSeparator = " ";
        format.PercentDecimalSeparator = ",";
        return format;
    }
}
