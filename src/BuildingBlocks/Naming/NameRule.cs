using System.Text.RegularExpressions;

namespace Hemit.BuildingBlocks.Naming;

/// <summary>
/// The one rule for names that come from Norwegian source systems (units, services, measures, categories): any letters
/// (æ, ø, å and every other script), digits, single spaces and ordinary punctuation, e.g. <c>Brukerstøtte</c> or
/// <c>Drift og infrastruktur</c>. Personal data is kept out by refusing what looks like it (an 11-digit national
/// identity number, also written with a space, dot or dash inside, and an e-mail address), never by refusing letters.
/// A refusal masks the value, so the personal data is not repeated in logs and answers.
/// </summary>
public static partial class NameRule
{
    public const int DefaultMaxLength = 200;

    /// <summary>Null when <paramref name="text"/> is a usable name; otherwise why not (with the value masked where it looks personal).</summary>
    /// <param name="what">What the name names, for the sentence: "unit", "measure".</param>
    /// <param name="example">A name that would be accepted, e.g. "Brukerstøtte".</param>
    public static string? Problem(string? text, string what, string example, int maxLength = DefaultMaxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"missing; give the {what}'s name, e.g. {example}";
        }

        if (LooksPersonal(text))
        {
            return $"'{Mask(text)}' looks like personal data (a national identity number or an e-mail address); " +
                   $"send the {what}'s name or code, never a person's";
        }

        if (text.Length > maxLength)
        {
            return $"is {text.Length} characters long; a {what} name has at most {maxLength}";
        }

        if (text != text.Trim() || text.Contains("  ", StringComparison.Ordinal))
        {
            return $"'{text}' has spaces at its start or end, or two in a row; write single spaces between words";
        }

        // An index, not FirstOrDefault: NUL is default(char), so a name with NUL in it would pass as having no bad character.
        var bad = text.AsSpan().IndexOfAnyExcept(AllowedBy);
        if (bad >= 0)
        {
            return $"'{Printable(text)}' contains {Describe(text[bad])}; a {what} name has letters, digits, spaces and ordinary punctuation";
        }

        return null;
    }

    /// <summary>True when the text holds something that identifies a person.</summary>
    public static bool LooksPersonal(string text) => NationalIdentityNumber().IsMatch(text) || EmailAddress().IsMatch(text);

    /// <summary>The text with every national identity number and e-mail address replaced by stars.</summary>
    public static string Mask(string text) =>
        EmailAddress().Replace(NationalIdentityNumber().Replace(text, m => new string('*', m.Length)), "***@***");

    /// <summary>Every character a name may have, looked up as a set (NUL included among the refused).</summary>
    private static readonly System.Buffers.SearchValues<char> AllowedBy =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(IsAllowed).ToArray());

    /// <summary>The name as a refusal repeats it: control characters shown as '?', so an answer never drives a terminal.</summary>
    private static string Printable(string text) => string.Concat(text.Select(c => char.IsControl(c) ? '?' : c));

    private static bool IsAllowed(char c) =>
        char.IsLetterOrDigit(c)
        || c == ' '
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
        || (char.IsPunctuation(c) && c != '@')
        || c is '+' or '§' or '°';

    private static string Describe(char c) => c switch
    {
        '\uFFFD' => "'\uFFFD' (U+FFFD), a character lost in a wrong text encoding; send the file as UTF-8",
        _ when char.IsControl(c) || char.IsWhiteSpace(c) => $"a control or layout character (U+{(int)c:X4})",
        _ => $"'{c}' (U+{(int)c:X4})",
    };

    // Fødselsnummer and D-number: six digits (date) and five (individual number and check digits), as people write them.
    [GeneratedRegex(@"(?<!\d)\d{6}[ .\-]?\d{5}(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NationalIdentityNumber();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
