using System.Globalization;

namespace Hemit.BuildingBlocks;

/// <summary>
/// Names sorted as a Norwegian reader expects: … x, y, z, æ, ø, å (ordinal order puts Å before Æ, and culture-invariant
/// order puts Å beside A). Uses ICU's nb-NO collation, which needs globalization on (Directory.Build.props sets
/// InvariantGlobalization false); without ICU it fails at start rather than sorting wrongly in silence.
/// </summary>
public static class NorwegianCollation
{
    public static readonly StringComparer Comparer = Create();

    private static StringComparer Create()
    {
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), ignoreCase: false);
        if (comparer.Compare("Å", "Z") <= 0 || comparer.Compare("Ø", "Æ") <= 0)
        {
            throw new InvalidOperationException("Norwegian collation (nb-NO) is not available: ICU is missing or globalization is invariant.");
        }

        return comparer;
    }
}
