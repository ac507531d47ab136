namespace Hemit.Contracts.Common.V1;

/// <summary>
/// The wire's fixed-point shape (whole units plus nanos, both with the same sign) against <see cref="decimal"/>:
/// the one conversion <see cref="Money"/> and <see cref="Decimal"/> share.
/// </summary>
internal static class FixedPoint
{
    public const int MaxDecimals = 9;

    private const decimal NanosPerUnit = 1_000_000_000m;

    public static decimal ToDecimal(long units, int nanos) => units + nanos / NanosPerUnit;

    /// <summary>Splits exactly; false (and nothing split) when the value has more than nine decimals.</summary>
    public static bool TrySplit(decimal value, out long units, out int nanos)
    {
        var whole = decimal.Truncate(value);
        var fraction = (value - whole) * NanosPerUnit;
        if (fraction != decimal.Truncate(fraction))
        {
            (units, nanos) = (0, 0);
            return false;
        }

        (units, nanos) = ((long)whole, (int)fraction);
        return true;
    }

    /// <summary>Nanos within ±999 999 999 and not of the opposite sign to units (messages arrive unchecked).</summary>
    public static bool IsWellFormed(long units, int nanos) =>
        nanos is > -1_000_000_000 and < 1_000_000_000 && !(units > 0 && nanos < 0) && !(units < 0 && nanos > 0);
}
