namespace Hemit.Finance.CostMeasures;

/// <summary>How a measure's expected gain is given: a NOK range, a percentage of a budget, or not yet estimable (usikker).</summary>
public enum GainUnit
{
    Nok,
    Percent,
    Uncertain,
}

/// <summary>The code a gain unit is stored and exported as; the enum is the only way in or out.</summary>
public static class GainUnitCodes
{
    public static string ToText(this GainUnit unit) => unit switch
    {
        GainUnit.Nok => "nok",
        GainUnit.Percent => "percent",
        GainUnit.Uncertain => "uncertain",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static GainUnit Parse(string text) => text switch
    {
        "nok" => GainUnit.Nok,
        "percent" => GainUnit.Percent,
        "uncertain" => GainUnit.Uncertain,
        _ => throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown gain unit."),
    };
}
