using System.Globalization;
using System.Text.RegularExpressions;

namespace Hemit.Contracts.Common.V1;

/// <summary>
/// What a year, a month (<c>YYYY-MM</c>) and a tertial (<c>YYYY-T1..T3</c>) must be, written once for the services
/// (checking what was pushed) and the CLI (checking what was typed); each problem has one sentence.
/// </summary>
public static partial class CalendarRules
{
    public const int FirstYear = 1900;
    public const int LastYear = 2999;

    public static bool IsYear(int year) => year is >= FirstYear and <= LastYear;

    public static bool IsMonth(int year, int month) => IsYear(year) && month is >= 1 and <= 12;

    /// <summary>Null for a real year; otherwise the one sentence saying why not (0 is a missing year).</summary>
    public static string? YearProblem(int year) =>
        IsYear(year) ? null
        : year == 0 ? "missing; give the year, e.g. 2022"
        : $"{year} is not a year between {FirstYear} and {LastYear}";

    /// <summary>Null for a real month; otherwise the one sentence saying why not.</summary>
    public static string? PeriodProblem(Period? period) =>
        period is null ? "missing; give the month as YYYY-MM, e.g. 2021-10"
        : IsMonth(period.Year, period.Month) ? null
        : $"'{period.Year:D4}-{period.Month:D2}' is not a real month";

    /// <summary>Parses <c>YYYY-MM</c>; the reason is the sentence for what is wrong.</summary>
    public static bool TryParsePeriod(string? text, out Period period, out string reason)
    {
        period = new Period();
        reason = string.Empty;
        var match = text is null ? null : PeriodText().Match(text.Trim());
        if (match is not { Success: true })
        {
            reason = $"'{text}' is not a period; write YYYY-MM, e.g. 2021-10";
            return false;
        }

        var candidate = Period.Of(
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture));
        if (PeriodProblem(candidate) is { } problem)
        {
            reason = problem;
            return false;
        }

        period = candidate;
        return true;
    }

    /// <summary>Null for a tertial of a real year (number 1 to 3); otherwise why not.</summary>
    public static string? TertialProblem(int year, int number) =>
        YearProblem(year) is { } yearProblem ? yearProblem
        : number is >= 1 and <= 3 ? null
        : $"T{number} is not a tertial; a year has T1 (January-April), T2 (May-August) and T3 (September-December)";

    /// <summary>Parses <c>YYYY-T1..T3</c>.</summary>
    public static bool TryParseTertial(string? text, out int year, out int number, out string reason)
    {
        (year, number, reason) = (0, 0, string.Empty);
        var match = text is null ? null : TertialText().Match(text.Trim());
        if (match is not { Success: true })
        {
            reason = $"'{text}' is not a tertial; write YYYY-T1, YYYY-T2 or YYYY-T3, e.g. 2021-T3";
            return false;
        }

        var (y, n) = (int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture));
        if (TertialProblem(y, n) is { } problem)
        {
            reason = problem;
            return false;
        }

        (year, number) = (y, n);
        return true;
    }

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodText();

    [GeneratedRegex(@"^(?<year>\d{4})-[Tt](?<number>\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex TertialText();
}
