using Hemit.BuildingBlocks.Naming;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>
/// What pushed text other than a name must look like: a source system's id (one word, no control characters) and free
/// text (a status, a reason, a description: anything a person writes, but no control characters, which PostgreSQL
/// cannot store or which would rewrite a terminal, no personal data, and not longer than its field).
/// Every service checks ids and free text by these, over gRPC and in governance's requests alike.
/// </summary>
public static class TextRules
{
    public const int MaxIdLength = 64;

    /// <summary>Free text of a row: a comment, a description. Longer text belongs in a document, not a figure's row.</summary>
    public const int MaxFreeTextLength = 2000;

    /// <summary>Null when <paramref name="id"/> is a usable id; otherwise why not (masked where it looks personal).</summary>
    public static string? IdProblem(string? id, string what, string example, int maxLength = MaxIdLength) =>
        string.IsNullOrWhiteSpace(id) ? $"missing; give the {what}'s id, e.g. {example}"
        : id.Length > maxLength ? $"is {id.Length} characters long; an id has at most {maxLength}"
        : id.Any(char.IsWhiteSpace) ? $"'{Shown(id)}' has a space in it; an id is one word, e.g. {example}"
        : FirstControl(id, allowLineBreaks: false) is { } control ? $"has a control character (U+{(int)control:X4}); an id is letters, digits and punctuation, e.g. {example}"
        : NameRule.LooksPersonal(id) ? $"'{NameRule.Mask(id)}' looks like personal data (a national identity number or an e-mail address); give the {what}'s id"
        : null;

    /// <summary>Null when <paramref name="text"/> is usable free text (empty is, unless the caller requires it); otherwise why not.</summary>
    public static string? FreeTextProblem(string? text, int maxLength = MaxFreeTextLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            return $"is {text.Length} characters long; at most {maxLength}";
        }

        if (FirstControl(text, allowLineBreaks: true) is { } control)
        {
            return $"has a control character (U+{(int)control:X4}); write plain text (line breaks and tabs are fine)";
        }

        return NameRule.LooksPersonal(text)
            ? $"'{NameRule.Mask(text)}' looks like personal data (a national identity number or an e-mail address); leave it out"
            : null;
    }

    /// <summary>The first control character (NUL, escape, …), or null; line breaks and tabs are text where allowed.</summary>
    private static char? FirstControl(string text, bool allowLineBreaks)
    {
        foreach (var c in text)
        {
            if ((char.IsControl(c) && !(allowLineBreaks && c is '\n' or '\r' or '\t')) || c == '\uFFFD')
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>An id as a refusal may repeat it: masked where it looks personal.</summary>
    private static string Shown(string id) => NameRule.Mask(id);
}
