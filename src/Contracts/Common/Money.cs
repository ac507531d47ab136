namespace Hemit.Contracts.Common.V1;

/// <summary>Exact conversion between the wire's fixed-point money and <see cref="decimal"/>.</summary>
public sealed partial class Money
{
    private const decimal NanosPerUnit = 1_000_000_000m;

    public static Money FromDecimal(decimal amount)
    {
        var units = decimal.Truncate(amount);
        var nanos = (amount - units) * NanosPerUnit;
        if (nanos != decimal.Truncate(nanos))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "Money carries at most nine decimals.");
        }

        return new Money { Units = (long)units, Nanos = (int)nanos };
    }

    public decimal ToDecimal() => Units + Nanos / NanosPerUnit;
}
