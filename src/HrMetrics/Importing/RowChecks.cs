using Hemit.BuildingBlocks.Importing;
using Hemit.Contracts.Common.V1;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Importing;

/// <summary>The checks every HR record shares (a real month, a plausible quantity, a count); each adds its rejection when it fails.</summary>
public static class RowChecks
{
    /// <summary>Days and FTE months come rounded by the source; more decimals than this means a unit mix-up.</summary>
    public const int MaxDecimals = 4;

    private const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>A real month, or a rejection.</summary>
    public static bool CheckPeriod(this RowRejections rejections, long row, Period? period)
    {
        if (period is null)
        {
            rejections.Add(row, "period", "missing; write YYYY-MM, e.g. 2021-10");
            return false;
        }

        if (!period.IsValid)
        {
            rejections.Add(row, "period", $"year {period.Year} month {period.Month} is not a real month; write YYYY-MM, e.g. 2021-10");
            return false;
        }

        return true;
    }

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

    /// <summary>True when there is no problem; otherwise adds it to the field.</summary>
    public static bool Check(this RowRejections rejections, long row, string field, string? problem)
    {
        if (problem is null)
        {
            return true;
        }

        rejections.Add(row, field, problem);
        return false;
    }
}
