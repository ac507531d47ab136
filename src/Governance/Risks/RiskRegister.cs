using Hemit.Governance.Calendar;

namespace Hemit.Governance.Risks;

/// <summary>One risk's place in a tertial's register.</summary>
public sealed record RankedRisk(Tertial Tertial, Risk Risk, RiskAssessment Assessment, int Rank, int? PreviousScore, RiskTrend Trend);

/// <summary>
/// A tertial's top ten: the risks assessed that tertial, highest score first (ties: higher consequence first, then
/// code), with the trend since the tertial before, placed in the 5x5 matrix.
/// </summary>
public sealed record RiskRegister(Tertial Tertial, IReadOnlyList<RankedRisk> TopTen)
{
    public const int Size = 10;

    public static RiskRegister For(Tertial tertial, IEnumerable<Risk> risks)
    {
        var previous = tertial.Previous;
        var ranked = risks
            .Select(risk => (Risk: risk, Now: Assessed(risk, tertial), Before: Assessed(risk, previous)))
            .Where(r => r.Now is not null)
            .OrderByDescending(r => r.Now!.Score).ThenByDescending(r => r.Now!.Consequence).ThenBy(r => r.Risk.Code, StringComparer.Ordinal)
            .Take(Size)
            .Select((r, index) => new RankedRisk(tertial, r.Risk, r.Now!, index + 1, r.Before?.Score, RiskScore.Trend(r.Now!.Score, r.Before?.Score)))
            .ToList();
        return new RiskRegister(tertial, ranked);
    }

    /// <summary>The codes in the cell for a probability and consequence.</summary>
    public IReadOnlyList<string> Cell(int probability, int consequence) =>
        TopTen.Where(r => r.Assessment.Probability == probability && r.Assessment.Consequence == consequence).Select(r => r.Risk.Code).ToList();

    private static RiskAssessment? Assessed(Risk risk, Tertial tertial) =>
        risk.Assessments.FirstOrDefault(a => a.Year == tertial.Year && a.Tertial == tertial.Number);
}
