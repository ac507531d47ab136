using Hemit.Governance.Calendar;
using Hemit.Governance.Risks;

namespace Hemit.Governance.Tests.Risks;

/// <summary>Score = probability x consequence on 1-5 scales; trend against the tertial before; the top ten and its 5x5 matrix.</summary>
public sealed class RiskScoreTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(4, 5, 20)]
    [InlineData(5, 5, 25)]
    public void The_score_is_probability_times_consequence(int probability, int consequence, int score) =>
        Assert.Equal(score, RiskScore.Of(probability, consequence));

    [Theory]
    [InlineData(0, 3)]
    [InlineData(6, 3)]
    [InlineData(3, 0)]
    [InlineData(3, 6)]
    public void A_value_outside_one_to_five_has_no_score(int probability, int consequence) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RiskScore.Of(probability, consequence));

    [Theory]
    [InlineData(12, null, RiskTrend.New)]
    [InlineData(12, 9, RiskTrend.Up)]
    [InlineData(12, 12, RiskTrend.Unchanged)]
    [InlineData(12, 16, RiskTrend.Down)]
    public void The_trend_compares_with_the_last_tertials_score(int score, int? previous, RiskTrend trend) =>
        Assert.Equal(trend, RiskScore.Trend(score, previous));

    [Fact]
    public void The_register_keeps_the_ten_highest_with_trend_since_the_tertial_before_and_places_them_in_the_matrix()
    {
        var t2 = new Tertial(2025, 2);
        var risks = Enumerable.Range(1, 12).Select(n => Risk($"R-{n:00}", (t2, 1 + n % 5, 1 + n * 2 % 5))).ToList();
        risks.Add(Risk("R-CYBER", (t2.Previous, 3, 4), (t2, 5, 5)));
        risks.Add(Risk("R-KOMP", (t2.Previous, 4, 4), (t2, 3, 4)));
        risks.Add(Risk("R-GAMMEL", (t2.Previous, 5, 5)));

        var register = RiskRegister.For(t2, risks);

        Assert.Equal(10, register.TopTen.Count);
        Assert.Equal(("R-CYBER", 25, 1, RiskTrend.Up, (int?)12), (register.TopTen[0].Risk.Code, register.TopTen[0].Assessment.Score, register.TopTen[0].Rank,
            register.TopTen[0].Trend, register.TopTen[0].PreviousScore));
        var komp = register.TopTen.Single(r => r.Risk.Code == "R-KOMP");
        Assert.Equal((12, RiskTrend.Down), (komp.Assessment.Score, komp.Trend));
        Assert.DoesNotContain(register.TopTen, r => r.Risk.Code == "R-GAMMEL");
        Assert.True(register.TopTen.Zip(register.TopTen.Skip(1)).All(p => p.First.Assessment.Score >= p.Second.Assessment.Score));
        Assert.Equal(["R-CYBER"], register.Cell(5, 5));
        Assert.Equal(10, Enumerable.Range(1, 5).SelectMany(p => Enumerable.Range(1, 5).SelectMany(c => register.Cell(p, c))).Count());
    }

    private static Risk Risk(string code, params (Tertial Tertial, int Probability, int Consequence)[] assessments) => new()
    {
        Code = code,
        Title = code,
        Assessments = assessments.Select(a => new RiskAssessment
        {
            RiskCode = code, Year = a.Tertial.Year, Tertial = a.Tertial.Number, Probability = a.Probability, Consequence = a.Consequence,
        }).ToList(),
    };
}
