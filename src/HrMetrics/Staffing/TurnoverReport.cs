namespace Hemit.HrMetrics.Staffing;

/// <summary>Turnover of permanent staff per tertial and year to date, and the recruitment need; no wire types.</summary>
public sealed record TurnoverSummary(int Year, IReadOnlyList<PermanentTurnover> Tertials, PermanentTurnover YearToDate, RecruitmentNeedEstimate RecruitmentNeed);

/// <summary>Turnover of permanent staff per tertial and year to date, and the recruitment need that follows. Pure.</summary>
public static class TurnoverReport
{
    public static TurnoverSummary Build(IReadOnlyCollection<StaffingEntry> entries, int year, int plannedPermanentHeadcount)
    {
        var permanent = entries.Where(e => e.Year == year && e.Category == StaffingCategory.Permanent).ToList();
        var throughMonth = permanent.Count == 0 ? 0 : permanent.Max(e => e.Month);
        var yearToDate = PermanentTurnover.Over(permanent, year, 1, throughMonth, $"{year:D4}");
        var current = permanent.FirstOrDefault(e => e.Month == throughMonth)?.Headcount ?? 0;
        return new TurnoverSummary(year, PermanentTurnover.PerTertial(permanent, year, throughMonth), yearToDate,
            RecruitmentNeedEstimate.From(yearToDate, current, throughMonth, plannedPermanentHeadcount));
    }
}
