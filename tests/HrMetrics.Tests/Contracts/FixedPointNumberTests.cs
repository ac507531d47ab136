using Hemit.Contracts.Common.V1;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Tests.Contracts;

/// <summary>hemit.common.v1.Decimal and Money share one fixed-point conversion: exact to nine decimals, units and nanos of one sign.</summary>
public class FixedPointNumberTests
{
    [Theory]
    [InlineData("84.41", 84L, 410_000_000)]
    [InlineData("-2.5", -2L, -500_000_000)]
    [InlineData("0.000000001", 0L, 1)]
    public void A_decimal_splits_into_units_and_nanos_and_back(string text, long units, int nanos)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        var number = Decimal.FromDecimal(value);
        var money = Money.FromDecimal(value);

        Assert.Equal((units, nanos), (number.Units, number.Nanos));
        Assert.Equal((units, nanos), (money.Units, money.Nanos));
        Assert.Equal(value, number.ToDecimal());
        Assert.Equal(value, money.ToDecimal());
    }

    [Fact]
    public void A_tenth_decimal_rounds_a_number_half_away_from_zero_but_is_refused_for_money()
    {
        Assert.Equal(1.000000001m, Decimal.FromDecimal(1.0000000005m).ToDecimal());
        Assert.Equal(-1.000000001m, Decimal.FromDecimal(-1.0000000005m).ToDecimal());
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromDecimal(1.0000000005m));
    }

    [Theory]
    [InlineData(1L, 500_000_000, true)]
    [InlineData(-1L, -500_000_000, true)]
    [InlineData(0L, -500_000_000, true)]
    [InlineData(1L, -500_000_000, false)]
    [InlineData(-1L, 1, false)]
    [InlineData(0L, 1_000_000_000, false)]
    public void Units_and_nanos_are_well_formed_only_with_one_sign_and_nanos_below_one_unit(long units, int nanos, bool wellFormed)
    {
        Assert.Equal(wellFormed, new Decimal { Units = units, Nanos = nanos }.IsWellFormed);
        Assert.Equal(wellFormed, new Money { Units = units, Nanos = nanos }.IsWellFormed);
    }
}
