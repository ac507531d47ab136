namespace Hemit.Finance.CostMeasures;

/// <summary>A stored cost-saving measure (tiltak) of one year; the activity names it.</summary>
public sealed class CostMeasureEntry
{
    public int Year { get; set; }

    public string Activity { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    public GainUnit GainUnit { get; set; }

    public decimal? GainLow { get; set; }

    public decimal? GainHigh { get; set; }

    public int? GainLowBasisPoints { get; set; }

    public int? GainHighBasisPoints { get; set; }

    public decimal? GainPercentOf { get; set; }

    public string NextStep { get; set; } = string.Empty;

    /// <summary>Where it was first pushed: the measures are listed in that order.</summary>
    public long Position { get; set; }
}
