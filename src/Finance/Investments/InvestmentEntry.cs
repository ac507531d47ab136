namespace Hemit.Finance.Investments;

/// <summary>A stored investment line: a programme area or infrastructure category of one year.</summary>
public sealed class InvestmentEntry
{
    public int Year { get; set; }

    public Portfolio Portfolio { get; set; }

    public string Item { get; set; } = string.Empty;

    public decimal? LongTermBudget { get; set; }

    public decimal Budget { get; set; }

    public decimal? SpentToDate { get; set; }

    public decimal? Forecast { get; set; }

    /// <summary>Where it was first pushed: the portfolio lists items in that order.</summary>
    public long Position { get; set; }
}
