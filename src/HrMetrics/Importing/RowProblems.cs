using Hemit.BuildingBlocks.Grpc;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Grpc.Core;

namespace Hemit.HrMetrics.Importing;

/// <summary>Collects every bad row of an import stream, so the refusal names all of them at once.</summary>
public sealed class RowProblems
{
    /// <summary>Days and FTE months come rounded by the source; more decimals than this means a unit mix-up.</summary>
    public const int MaxDecimals = 4;

    private const decimal MaxQuantity = 1_000_000_000m;

    private readonly List<RowRejection> _rejections = [];

    public IReadOnlyList<RowRejection> Rejections => _rejections;

    public bool Any => _rejections.Count > 0;

    public void Add(long row, string field, string reason) =>
        _rejections.Add(new RowRejection { Row = row, Field = field, Reason = reason });

    /// <summary>A real month, or a rejection.</summary>
    public bool CheckPeriod(long row, Period? period)
    {
        if (period is null)
        {
            Add(row, "period", "missing; write YYYY-MM, e.g. 2021-10");
            return false;
        }

        if (!period.IsValid)
        {
            Add(row, "period", $"year {period.Year} month {period.Month} is not a real month; write YYYY-MM, e.g. 2021-10");
            return false;
        }

        return true;
    }

    /// <summary>The value of a required, non-negative decimal field, or null with a rejection.</summary>
    public decimal? CheckQuantity(long row, string field, DecimalValue? value, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                Add(row, field, "missing");
            }

            return null;
        }

        if (value.Units != 0 && value.Nanos != 0 && Math.Sign(value.Units) != Math.Sign(value.Nanos)
            || value.Nanos is <= -1_000_000_000 or >= 1_000_000_000)
        {
            Add(row, field, "malformed number (units and nanos disagree)");
            return null;
        }

        var number = value.ToDecimal();
        if (number < 0)
        {
            Add(row, field, $"{number} is negative; days and months cannot be below zero");
            return null;
        }

        if (number >= MaxQuantity)
        {
            Add(row, field, $"{number} is implausibly large");
            return null;
        }

        if (decimal.Round(number, MaxDecimals) != number)
        {
            Add(row, field, $"{number} has more than {MaxDecimals} decimals");
            return null;
        }

        return number;
    }

    public bool CheckCount(long row, string field, int count)
    {
        if (count < 0)
        {
            Add(row, field, $"{count} is negative; a count cannot be below zero");
            return false;
        }

        return true;
    }

    /// <summary>Rows with the same natural key in one batch would make the result depend on their order.</summary>
    public void CheckUnique<TKey>(long row, TKey key, Dictionary<TKey, long> seen, string field, string describe) where TKey : notnull
    {
        if (!seen.TryAdd(key, row))
        {
            Add(row, field, $"{describe} appears twice in this import (first in row {seen[key]}); send each once");
        }
    }

    /// <summary>Throws INVALID_ARGUMENT naming every bad row when there is one.</summary>
    public void ThrowIfAny(string what)
    {
        if (Any)
        {
            throw InvalidArgument.ForRows(_rejections, what);
        }
    }

    public static RpcException EmptyStream(string what) =>
        InvalidArgument.ForField("rows", $"{what} held no rows; nothing was written");
}
