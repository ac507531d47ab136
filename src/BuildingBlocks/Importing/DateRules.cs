using System.Globalization;
using Hemit.Contracts.Common.V1;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>What a pushed calendar date must look like: <c>YYYY-MM-DD</c> in a real year; empty only where optional.</summary>
public static class DateRules
{
    /// <summary>Reads a date; an empty optional date is null. Adds a rejection and sets <paramref name="ok"/> false when bad.</summary>
    public static DateOnly? Read(string? text, long row, string field, bool required, RowRejections rejections, ref bool ok)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                ok = rejections.Check(row, field, "missing; give the date as YYYY-MM-DD, e.g. 2021-09-14");
            }

            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || !CalendarRules.IsYear(date.Year))
        {
            ok = rejections.Check(row, field, $"'{text}' is not a date; write YYYY-MM-DD, e.g. 2021-09-14");
            return null;
        }

        return date;
    }

    /// <summary>The date as the wire and files write it; empty for none.</summary>
    public static string ToText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
