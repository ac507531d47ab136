namespace Hemit.Finance.Investments;

/// <summary>What the board reads about an investment: consumption and whether it is reported every tertial.</summary>
public static class InvestmentRules
{
    /// <summary>Investments above 100 MNOK are reported to the owner every tertial.</summary>
    public const decimal TertialReportingThreshold = 100_000_000m;

    public static bool IsReportedEachTertial(decimal budget) => budget > TertialReportingThreshold;

    /// <summary>Forbruk: spent to date / budget in whole percent; none without spend or budget.</summary>
    public static int? ConsumptionPercent(decimal? spentToDate, decimal budget) =>
        spentToDate is { } spent && budget != 0m
            ? (int)Math.Round(spent / budget * 100m, 0, MidpointRounding.AwayFromZero)
            : null;
}
