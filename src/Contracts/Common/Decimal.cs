namespace Hemit.Contracts.Common.V1;

/// <summary>
/// Exact conversion between the wire's fixed-point <see cref="Decimal"/> (a number that is not money) and
/// <see cref="decimal"/>. Callers that also import <c>System</c> name it through an alias
/// (<c>using Decimal = Hemit.Contracts.Common.V1.Decimal;</c>).
/// </summary>
public sealed partial class Decimal
{
    /// <summary>Carries nine decimals; a value with more is rounded (half away from zero) to nine.</summary>
    public static Decimal FromDecimal(decimal value)
    {
        FixedPoint.TrySplit(Math.Round(value, FixedPoint.MaxDecimals, MidpointRounding.AwayFromZero), out var units, out var nanos);
        return new Decimal { Units = units, Nanos = nanos };
    }

    public decimal ToDecimal() => FixedPoint.ToDecimal(Units, Nanos);

    /// <summary>True when nanos is in range and has the sign of units.</summary>
    public bool IsWellFormed => FixedPoint.IsWellFormed(Units, Nanos);
}

/// <summary>Null-tolerant helpers for optional decimal fields.</summary>
public static class DecimalExtensions
{
    public static decimal? ToNullableDecimal(this Decimal? value) => value?.ToDecimal();

    public static Decimal? ToWireDecimal(this decimal? value) => value is { } v ? Decimal.FromDecimal(v) : null;
}
