using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Hemit.TestSupport;

/// <summary>Unique database names for tests: the prefix says whose, the random part keeps them apart.</summary>
public static partial class DatabaseNames
{
    private const int MaximumPrefixLength = 40;

    public static string Unique(string prefix)
    {
        if (!PrefixPattern().IsMatch(prefix) || prefix.Length > MaximumPrefixLength)
        {
            throw new ArgumentException(
                $"Database prefix '{prefix}' is not valid: use lower-case letters, digits and underscores, starting with a letter, at most {MaximumPrefixLength} characters.",
                nameof(prefix));
        }

        return $"{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex PrefixPattern();
}
