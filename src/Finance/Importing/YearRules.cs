using Hemit.BuildingBlocks.Importing;

namespace Hemit.Finance.Importing;

/// <summary>A pushed year must be a real calendar year.</summary>
public static class YearRules
{
    public static bool TryRead(int year, long row, string field, RowRejections rejections)
    {
        if (year is >= 1900 and <= 2999)
        {
            return true;
        }

        rejections.Add(row, field, year == 0 ? "missing; give the year, e.g. 2022" : $"{year} is not a year");
        return false;
    }
}
