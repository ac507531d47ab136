using System.Globalization;
using System.Text.RegularExpressions;

namespace Hemit.Governance.Calendar;

/// <summary>A tertial: T1 January-April, T2 May-August, T3 September-December; written "2025-T1".</summary>
public readonly partial record struct Tertial(int Year, int Number)
{
    public DateOnly Start => new(Year, (Number - 1) * 4 + 1, 1);

    public DateOnly End => Start.AddMonths(4).AddDays(-1);

    public Tertial Previous => Number == 1 ? new(Year - 1, 3) : new(Year, Number - 1);

    public override string ToString() => $"{Year.ToString(CultureInfo.InvariantCulture)}-T{Number.ToString(CultureInfo.InvariantCulture)}";

    public static Tertial Of(DateOnly date) => new(date.Year, (date.Month - 1) / 4 + 1);

    public static bool TryParse(string? text, out Tertial tertial)
    {
        tertial = default;
        var match = TertialText().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        tertial = new Tertial(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value[0] - '0');
        return true;
    }

    [GeneratedRegex("^(20[0-9]{2})-T([1-3])$")]
    private static partial Regex TertialText();
}
