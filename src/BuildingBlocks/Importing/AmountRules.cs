using Hemit.Contracts.Common.V1;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>What a pushed amount of NOK must look like: whole kroner and øre (two decimals), units and nanos of one sign.</summary>
public static class AmountRules
{
    private const int NanosPerOre = 10_000_000;

    /// <summary>Reads an amount; an absent optional amount is null. Adds a rejection and returns false when bad.</summary>
    public static bool TryRead(Money? money, bool required, long row, string field, RowRejections rejections, out decimal? amount)
    {
        amount = null;
        if (money is null)
        {
            if (required)
            {
                rejections.Add(row, field, "missing; give an amount in NOK");
                return false;
            }

            return true;
        }

        if (!money.IsWellFormed)
        {
            rejections.Add(row, field, $"not a valid amount (units {money.Units}, nanos {money.Nanos})");
            return false;
        }

        if (money.Nanos % NanosPerOre != 0)
        {
            rejections.Add(row, field, $"{money.ToDecimal()} has more than two decimals; amounts are NOK with at most two decimals");
            return false;
        }

        if (Math.Abs(money.Units) > 999_999_999_999_999L)
        {
            rejections.Add(row, field, $"{money.Units} NOK is out of range");
            return false;
        }

        amount = money.ToDecimal();
        return true;
    }

    public static Money? ToMoney(decimal? amount) => amount is { } value ? Money.FromDecimal(value) : null;
}
