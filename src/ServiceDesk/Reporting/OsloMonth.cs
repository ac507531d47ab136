using Hemit.ServiceDesk.Sla;

namespace Hemit.ServiceDesk.Reporting;

/// <summary>A reporting month as Norway lives it: from midnight Oslo time on the 1st to midnight on the next month's 1st.</summary>
public readonly record struct OsloMonth(int Year, int Month)
{
    public DateTimeOffset Start => StartOf(Year, Month);

    public DateTimeOffset End => Month == 12 ? StartOf(Year + 1, 1) : StartOf(Year, Month + 1);

    public OsloMonth SameMonthLastYear => new(Year - 1, Month);

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>The month an instant falls in, in Oslo time.</summary>
    public static OsloMonth Of(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, NorwegianBusinessHours.Oslo);
        return new OsloMonth(local.Year, local.Month);
    }

    private static DateTimeOffset StartOf(int year, int month)
    {
        var local = new DateTime(year, month, 1);
        return new DateTimeOffset(local, NorwegianBusinessHours.Oslo.GetUtcOffset(local));
    }
}
