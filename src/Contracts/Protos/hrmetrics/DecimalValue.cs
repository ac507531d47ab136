namespace Hemit.Contracts.HrMetrics.V1;

/// <summary>Exact conversion between the wire's fixed-point <see cref="DecimalValue"/> and <see cref="decimal"/>.</summary>
public sealed partial class DecimalValue
{
    private const decimal NanosPerUnit = 1_000_000_000m;

    /// <summary>Carries nine decimals; a value with more is rounded (half away from zero) to nine.</summary>
    public static DecimalValue FromDecimal(decimal value)
    {
        var rounded = Math.Round(value, 9, MidpointRounding.AwayFromZero);
        var units = decimal.Truncate(rounded);
        return new DecimalValue { Units = (long)units, Nanos = (int)((rounded - units) * NanosPerUnit) };
    }

    public decimal ToDecimal() => Units + Nanos / NanosPerUnit;
}

/// <summary>Null-tolerant helpers for optional decimal fields.</summary>
public static class DecimalValueExtensions
{
    public static decimal? ToNullableDecimal(this DecimalValue? value) => value?.ToDecimal();

    public static DecimalValue? ToDecimalValue(this decimal? value) => value is { } v ? DecimalValue.FromDecimal(v) : null;
}
