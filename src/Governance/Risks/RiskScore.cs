namespace Hemit.Governance.Risks;

public enum RiskTrend
{
    /// <summary>Ny: not assessed the tertial before.</summary>
    New = 1,
    Up = 2,
    Unchanged = 3,
    Down = 4,
}

/// <summary>The register's arithmetic: a score is probability x consequence on 1-5 scales (1-25), trend is against the last tertial's score.</summary>
public static class RiskScore
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public static bool InScale(int value) => value is >= Lowest and <= Highest;

    public static int Of(int probability, int consequence) =>
        InScale(probability) && InScale(consequence)
            ? probability * consequence
            : throw new ArgumentOutOfRangeException(nameof(probability), $"Probability and consequence are 1-5; got {probability} and {consequence}.");

    public static RiskTrend Trend(int score, int? previousScore) => previousScore switch
    {
        null => RiskTrend.New,
        { } previous when score > previous => RiskTrend.Up,
        { } previous when score < previous => RiskTrend.Down,
        _ => RiskTrend.Unchanged,
    };
}
