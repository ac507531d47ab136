namespace Hemit.Finance.CostMeasures;

/// <summary>A measure's expected gain (forventet gevinst) in NOK as a low–high range; null when uncertain (usikker).</summary>
public sealed record ExpectedGain(decimal Low, decimal High)
{
    /// <summary>The range in NOK: NOK ranges as given, percentages of their budget rounded to øre, uncertain none.</summary>
    public static ExpectedGain? Of(CostMeasureEntry measure) => measure.GainUnit switch
    {
        GainUnit.Nok => new ExpectedGain(measure.GainLow!.Value, measure.GainHigh!.Value),
        GainUnit.Percent => new ExpectedGain(
            PercentOf(measure.GainPercentOf!.Value, measure.GainLowBasisPoints!.Value),
            PercentOf(measure.GainPercentOf!.Value, measure.GainHighBasisPoints!.Value)),
        _ => null,
    };

    public static decimal PercentOf(decimal basis, int basisPoints) =>
        Math.Round(basis * basisPoints / 10_000m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Totals of the ranges; uncertain measures add nothing and are counted apart.</summary>
    public static (decimal Low, decimal High, int Uncertain) Totals(IEnumerable<CostMeasureEntry> measures)
    {
        decimal low = 0m, high = 0m;
        var uncertain = 0;
        foreach (var measure in measures)
        {
            if (Of(measure) is { } gain)
            {
                low += gain.Low;
                high += gain.High;
            }
            else
            {
                uncertain++;
            }
        }

        return (low, high, uncertain);
    }
}
