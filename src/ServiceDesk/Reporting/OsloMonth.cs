using Hemit.ServiceDesk.Sla;

namespace Hemit.ServiceDesk.Reporting;

/// <summary>A reporting month as Norway lives it: from midnight Oslo time on the 1st to midnight on the next month's 1st.</summary>
public readonly record struct OsloMonth(int Year, int Month)
{
    public DateTimeOffset Start => StartOf(Year, Month);

    public DateTimeOffset End => Month == 12 ? StartOf(Year + 1, 1) : StartOf(Year, Month + 1);

    public OsloMonth SameMonthLastYear => new(Year - 1, Month);

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>2021-10. (A record's own ToString would print Start, End and SameMonthLastYear, whose own goes back year by year until it throws.)</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";

    /// <summary>The month an instant falls in, in Oslo time.</summary>
    public static OsloMonth Of(DateTimeOffset instant)
    {
        var day = OsloDays.DateOf(instant);
        return new OsloMonth(day.Year, day.Month);
    }

    private static DateTimeOffset StartOf(int year, int month) => OsloDays.MidnightOf(new DateOnly(year, month, 1));
}
