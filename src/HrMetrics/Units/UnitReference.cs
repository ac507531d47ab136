using Hemit.BuildingBlocks.Naming;

namespace Hemit.HrMetrics.Units;

/// <summary>
/// A unit (enhet) as the HR system names it: a code such as <c>U-DRIFT-3</c> or a Norwegian name such as
/// <c>Brukerstøtte</c> or <c>Drift og infrastruktur</c>, by the platform's one <see cref="NameRule"/>. What looks like a
/// person (a national identity number, an e-mail address) is refused, so no one can be identified from what is stored.
/// </summary>
public static class UnitReference
{
    public const int MaxLength = 64;

    /// <summary>Null when <paramref name="text"/> is a usable unit name; otherwise why it is not.</summary>
    public static string? Problem(string? text) => NameRule.Problem(text, "unit", "Brukerstøtte", MaxLength);
}
