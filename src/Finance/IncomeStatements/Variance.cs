namespace Hemit.Finance.IncomeStatements;

/// <summary>Avvik and indeks as the board paper prints them.</summary>
public static class Variance
{
    /// <summary>Beyond this an index says nothing to the board (the seed prints none for a YTD result of 23 670 against 1 125).</summary>
    public const int LargestMeaningfulIndexPercent = 999;

    /// <summary>Favourable-positive variance: revenue and result lines actual − budget, cost lines budget − actual.</summary>
    public static decimal Of(LineKind kind, decimal actual, decimal budget) =>
        kind == LineKind.Cost ? budget - actual : actual - budget;

    /// <summary>
    /// Indeks: actual / budget in whole percent (half away from zero). None when the budget is zero or the index is
    /// beyond ±999 %, where the board paper leaves the cell blank.
    /// </summary>
    public static int? IndexPercent(decimal actual, decimal budget)
    {
        if (budget == 0m)
        {
            return null;
        }

        var index = Math.Round(actual / budget * 100m, 0, MidpointRounding.AwayFromZero);
        return Math.Abs(index) > LargestMeaningfulIndexPercent ? null : (int)index;
    }
}
