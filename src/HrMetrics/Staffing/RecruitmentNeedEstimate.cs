namespace Hemit.HrMetrics.Staffing;

/// <summary>
/// People to recruit to permanent positions for the rest of the year (rekrutteringsbehov): the growth to the planned
/// headcount plus the leavers expected in the remaining months at this year's pace, rounded up to whole people.
/// </summary>
public sealed record RecruitmentNeedEstimate(
    int CurrentHeadcount, int PlannedHeadcount, int RemainingMonths, decimal ExpectedLeavers)
{
    public int Growth => Math.Max(0, PlannedHeadcount - CurrentHeadcount);

    public int Total => (int)Math.Ceiling(Growth + ExpectedLeavers);

    /// <param name="yearToDate">This year's permanent turnover so far.</param>
    /// <param name="plannedHeadcount">Planned permanent headcount at year end; 0 keeps today's.</param>
    public static RecruitmentNeedEstimate From(PermanentTurnover yearToDate, int currentHeadcount, int throughMonth, int plannedHeadcount)
    {
        var remaining = Math.Max(0, 12 - throughMonth);
        var pace = yearToDate.MonthsWithFigures > 0 ? (decimal)(yearToDate.Leavers ?? 0) / yearToDate.MonthsWithFigures : 0m;
        var expected = Math.Round(pace * remaining, 2, MidpointRounding.AwayFromZero);
        return new RecruitmentNeedEstimate(currentHeadcount, plannedHeadcount > 0 ? plannedHeadcount : currentHeadcount, remaining, expected);
    }
}
