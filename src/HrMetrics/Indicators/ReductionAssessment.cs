namespace Hemit.HrMetrics.Indicators;

/// <summary>
/// The arithmetic of a "down N % against the baseline year" indicator, judged at a point of the year by comparing
/// the year to date with the same months of the baseline year.
/// </summary>
public readonly record struct ReductionAssessment(
    decimal Value, decimal Baseline, decimal RequiredReductionPercent, decimal? ChangePercent, decimal Allowed, bool OnTrack)
{
    public const int Decimals = 6;

    /// <summary>Reports print the allowed value with one decimal ("256,0"); on track is judged against that figure.</summary>
    public const int DisplayedDecimals = 1;

    public static ReductionAssessment Evaluate(decimal value, decimal baseline, decimal requiredReductionPercent)
    {
        var allowed = AllowedValue(baseline, requiredReductionPercent);
        var allowedAsDisplayed = Math.Round(allowed, DisplayedDecimals, MidpointRounding.AwayFromZero);
        return new ReductionAssessment(value, baseline, requiredReductionPercent, PercentChange(value, baseline), allowed, value <= allowedAsDisplayed);
    }

    /// <summary>baseline x (1 - reduction): the most the value may be and still meet the requirement.</summary>
    public static decimal AllowedValue(decimal baseline, decimal requiredReductionPercent) =>
        Math.Round(baseline * (100m - requiredReductionPercent) / 100m, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>(value - baseline) / baseline in %; null when the baseline is zero (no change can be stated).</summary>
    public static decimal? PercentChange(decimal value, decimal baseline) =>
        baseline == 0 ? null : Math.Round((value - baseline) / baseline * 100m, Decimals, MidpointRounding.AwayFromZero);
}
