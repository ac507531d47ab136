using Hemit.BuildingBlocks.Importing;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Importing;

/// <summary>
/// The checks every HR record shares besides the platform's (a month and a name are checked by <see cref="RowRejections"/>):
/// a plausible quantity, a count; each adds its rejection when it fails.
/// </summary>
public static class RowChecks
{
    /// <summary>Days and FTE months come rounded by the source; more decimals than this means a unit mix-up.</summary>
    public const int MaxDecimals = 4;

    private const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>The value of a non-negative decimal field (required unless told), or null with a rejection.</summary>
    public static decimal? CheckQuantity(this RowRejections rejections, long row, string field, Decimal? value, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                rejections.Add(row, field, "missing");
            }

            return null;
        }

        if (!value.IsWellFormed)
        {
            rejections.Add(row, field, "malformed number (units and nanos disagree)");
            return null;
        }

        var number = value.ToDecimal();
        if (number < 0)
        {
            rejections.Add(row, field, $"{number} is negative; days and months cannot be below zero");
            return null;
        }

        if (number >= MaxQuantity)
        {
            rejections.Add(row, field, $"{number} is implausibly large");
            return null;
        }

        if (decimal.Round(number, MaxDecimals) != number)
        {
            rejections.Add(row, field, $"{number} has more than {MaxDecimals} decimals");
            return null;
        }

        return number;
    }

    public static bool CheckCount(this RowRejections rejections, long row, string field, int count)
    {
        if (count < 0)
        {
            rejections.Add(row, field, $"{count} is negative; a count cannot be below zero");
            return false;
        }

        return true;
    }
}
