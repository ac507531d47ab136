using System.Globalization;
using System.Text.RegularExpressions;

namespace Hemit.Governance.Assignments;

/// <summary>
/// The owner's code for an assignment: HMN (Helse Midt-Norge), the document's two-digit year, a dash and three digits,
/// e.g. HMN25-021.
/// </summary>
public static partial class AssignmentCode
{
    public const string Pattern = "HMNyy-nnn (e.g. HMN25-021)";

    /// <summary>The document year of a well-formed code; null when the code does not follow the owner's pattern.</summary>
    public static int? Year(string code)
    {
        var match = CodeText().Match(code);
        return match.Success ? 2000 + int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex("^HMN([0-9]{2})-[0-9]{3}$")]
    private static partial Regex CodeText();
}
