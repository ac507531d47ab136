namespace Hemit.Contracts.Common.V1;

/// <summary>Exact conversion between the wire's fixed-point money and <see cref="decimal"/>.</summary>
public sealed partial class Money
{
    public static Money FromDecimal(decimal amount) =>
        FixedPoint.TrySplit(amount, out var units, out var nanos)
            ? new Money { Units = units, Nanos = nanos }
            : throw new ArgumentOutOfRangeException(nameof(amount), amount, "Money carries at most nine decimals.");

    public decimal ToDecimal() => FixedPoint.ToDecimal(Units, Nanos);

    /// <summary>True when nanos is in range and has the sign of units.</summary>
    public bool IsWellFormed => FixedPoint.IsWellFormed(Units, Nanos);
}
