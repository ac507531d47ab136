using System.Text.RegularExpressions;

namespace Hemit.Hosting.ApplicationModel;

/// <summary>
/// Resource names become parts of environment variable names (<c>services__finance__grpc__0</c>),
/// so they follow Aspire's rule: a letter, then letters, digits or hyphens, at most 64 characters.
/// </summary>
public static partial class ResourceName
{
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]{0,63}$")]
    private static partial Regex ValidName();

    public static void Validate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!ValidName().IsMatch(name) || name.EndsWith('-') || name.Contains("--", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Resource name '{name}' is not valid: use a letter followed by letters, digits or single hyphens, at most 64 characters.",
                nameof(name));
        }
    }
}
