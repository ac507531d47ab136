namespace Hemit.ServiceDesk.Phone;

/// <summary>Hemithjelp's answered calls in one interval of the telephony export, with their waits added up.</summary>
public sealed class CallIntervalEntry
{
    public DateTimeOffset IntervalStart { get; set; }

    public int Answered { get; set; }

    public long TotalWaitSeconds { get; set; }
}

/// <summary>
/// Telefoni for a month: answered calls against the same month last year, and the average wait weighted by calls
/// (all waits over all calls, never an average of the intervals' averages).
/// </summary>
public sealed record CallMonthFigures(int Answered, int SameMonthLastYear, long TotalWaitSeconds, decimal TargetWaitSeconds)
{
    public decimal? ChangePercent => SameMonthLastYear == 0 ? null : (Answered - SameMonthLastYear) * 100m / SameMonthLastYear;

    public decimal? AverageWaitSeconds => Answered == 0 ? null : (decimal)TotalWaitSeconds / Answered;

    public bool TargetMet => AverageWaitSeconds <= TargetWaitSeconds;

    public static CallMonthFigures Compute(IEnumerable<CallIntervalEntry> month, IEnumerable<CallIntervalEntry> sameMonthLastYear, decimal targetWaitSeconds)
    {
        var intervals = month.ToList();
        return new CallMonthFigures(intervals.Sum(i => i.Answered), sameMonthLastYear.Sum(i => i.Answered), intervals.Sum(i => i.TotalWaitSeconds), targetWaitSeconds);
    }
}
