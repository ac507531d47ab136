using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.Staffing;

/// <summary>One staffing category's figures for one month (bemanning per kategori og måned).</summary>
public sealed class StaffingEntry : IMonthlyEntry
{
    public int Year { get; set; }

    public int Month { get; set; }

    public StaffingCategory Category { get; set; }

    /// <summary>Månedsverk: paid position shares, or paid hours of temps and consultants converted to months.</summary>
    public decimal FteMonths { get; set; }

    /// <summary>Antall personer.</summary>
    public int Headcount { get; set; }

    /// <summary>People who started in the month (tiltredelser); null when not reported.</summary>
    public int? Starters { get; set; }

    /// <summary>People who left in the month (fratredelser); null when not reported.</summary>
    public int? Leavers { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
