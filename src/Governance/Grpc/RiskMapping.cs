using Hemit.Governance.Risks;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Grpc;

/// <summary>The risk register on the wire: the register's own call and the tertial report show it alike.</summary>
public static class RiskMapping
{
    public static Wire.Risk ToWire(this RankedRisk ranked) => new()
    {
        Code = ranked.Risk.Code,
        Title = ranked.Risk.Title,
        Owner = ranked.Risk.Owner,
        Measures = ranked.Risk.Measures,
        Tertial = ranked.Tertial.ToString(),
        Probability = ranked.Assessment.Probability,
        Consequence = ranked.Assessment.Consequence,
        Score = ranked.Assessment.Score,
        Trend = (Wire.RiskTrend)(int)ranked.Trend,
        PreviousScore = ranked.PreviousScore ?? 0,
        Rank = ranked.Rank,
    };

    /// <summary>All 25 cells, probability 5 down to 1, consequence 1 to 5, with the top ten placed in them.</summary>
    public static IEnumerable<Wire.MatrixCell> Matrix(this RiskRegister register)
    {
        for (var probability = RiskScore.Highest; probability >= RiskScore.Lowest; probability--)
        {
            for (var consequence = RiskScore.Lowest; consequence <= RiskScore.Highest; consequence++)
            {
                yield return new Wire.MatrixCell { Probability = probability, Consequence = consequence, Codes = { register.Cell(probability, consequence) } };
            }
        }
    }
}
