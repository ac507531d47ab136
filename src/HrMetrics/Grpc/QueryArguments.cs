using Hemit.BuildingBlocks.Grpc;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Units;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.HrMetrics.Grpc;

/// <summary>Checks the arguments of the report queries and fills in their defaults.</summary>
public static class QueryArguments
{
    public static int Year(int year) => InvalidArgument.RequireYear(year, "year");

    /// <summary>Empty means all units.</summary>
    public static string Unit(string unit) =>
        unit.Length == 0 || UnitReference.Problem(unit) is not { } problem ? unit : throw InvalidArgument.ForField("unit", problem);

    /// <summary>0 means the previous year.</summary>
    public static int BaselineYear(int baselineYear, int year)
    {
        if (baselineYear == 0)
        {
            return year - 1;
        }

        if (baselineYear == year)
        {
            throw InvalidArgument.ForField("baseline_year", "is the year itself; compare with an earlier year");
        }

        return InvalidArgument.RequireYear(baselineYear, "baseline_year");
    }

    /// <summary>0 means every month with figures; otherwise the year is counted January to this month.</summary>
    public static int ThroughMonth(int throughMonth) =>
        throughMonth is >= 0 and <= 12 ? throughMonth : throw InvalidArgument.ForField("through_month", $"{throughMonth} is not a month; give 1 to 12, or 0 for all");

    public static decimal ReductionPercent(Decimal? value, decimal fallback)
    {
        if (value is null)
        {
            return fallback;
        }

        var percent = value.ToDecimal();
        return percent is >= 0 and <= 100
            ? percent
            : throw InvalidArgument.ForField("required_reduction_percent", $"{percent} is not a reduction between 0 and 100 %");
    }
}
