namespace Hemit.Finance.CostMeasures;

/// <summary>A measure with its expected gain in NOK (null when uncertain).</summary>
public sealed record CostMeasureLine(CostMeasureEntry Measure, ExpectedGain? Gain);

/// <summary>A year's cost-saving measures in the order first pushed, with the totals of their gain ranges.</summary>
public sealed record CostMeasureList(int Year, IReadOnlyList<CostMeasureLine> Measures, decimal TotalGainLow, decimal TotalGainHigh, int UncertainMeasures)
{
    public static CostMeasureList Build(int year, IEnumerable<CostMeasureEntry> entries)
    {
        var measures = entries.OrderBy(e => e.Position).ThenBy(e => e.Activity, StringComparer.Ordinal).ToList();
        var (low, high, uncertain) = ExpectedGain.Totals(measures);
        return new CostMeasureList(year, measures.Select(m => new CostMeasureLine(m, ExpectedGain.Of(m))).ToList(), low, high, uncertain);
    }
}
