using System.Text.RegularExpressions;

namespace Hemit.HrMetrics.Units;

/// <summary>
/// A pseudonymous unit code (enhet), e.g. <c>U-DRIFT-3</c>. Only codes enter this service: a value with spaces
/// (a name) or eleven digits in a row (a fødselsnummer) is refused, so no person can be identified from what is stored.
/// </summary>
public static partial class UnitReference
{
    public const int MaxLength = 64;

    /// <summary>Null when <paramref name="text"/> is a usable unit code; otherwise why it is not.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "missing; give the unit's code, e.g. U-DRIFT-3";
        }

        if (ElevenDigits().IsMatch(text))
        {
            return $"'{Mask(text)}' contains eleven digits in a row, which looks like a personal identity number; only unit codes may be sent";
        }

        if (!Code().IsMatch(text))
        {
            return $"'{text}' is not a unit code: use 1-{MaxLength} letters, digits, '-', '_', '.' or '/', starting with a letter or digit, no spaces";
        }

        return null;
    }

    private static string Mask(string text) => ElevenDigits().Replace(text, "***********");

    [GeneratedRegex(@"\d{11}")]
    private static partial Regex ElevenDigits();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_./-]{0,63}$")]
    private static partial Regex Code();
}
