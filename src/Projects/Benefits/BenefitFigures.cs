using Hemit.BuildingBlocks;
using Hemit.Projects.Portfolio;
using Hemit.Projects.Reporting;

namespace Hemit.Projects.Benefits;

public sealed record BenefitLine(BenefitEntry Benefit, string Source)
{
    public decimal? RealisedPercent => Benefit.Realised is { } realised ? PortfolioRules.Percent(realised, Benefit.Expected) : null;

    public FigureStatus Status => BenefitRules.Status(Benefit.Realised, Benefit.Expected);
}

/// <summary>
/// A unit's benefits together: realised over the measured ones' expected (a ratio of sums; benefits not yet
/// measured are left out of both sides, so they do not read as unrealised).
/// </summary>
public sealed record BenefitTotal(BenefitUnit Unit, decimal Expected, decimal? Realised, decimal ExpectedOfMeasured, int Benefits, int Measured)
{
    public decimal? RealisedPercent => Realised is { } realised ? PortfolioRules.Percent(realised, ExpectedOfMeasured) : null;

    public FigureStatus Status => BenefitRules.Status(Realised, ExpectedOfMeasured);
}

/// <summary>The tertial report's benefits of one year: each benefit realised against expected, and a total per unit. Pure.</summary>
public sealed record BenefitFigures(int Year, IReadOnlyList<BenefitLine> Benefits, IReadOnlyList<BenefitTotal> Totals)
{
    public static BenefitFigures Compute(int year, IEnumerable<BenefitEntry> benefits, IReadOnlyDictionary<string, string> projectNames)
    {
        var lines = benefits.Where(b => b.Year == year)
            .Select(b => new BenefitLine(b, b.ProjectId is { } id ? projectNames.GetValueOrDefault(id, id) : b.Measure!))
            .OrderBy(l => l.Benefit.Unit).ThenBy(l => l.Source, NorwegianCollation.Comparer).ThenBy(l => l.Benefit.BenefitId, StringComparer.Ordinal)
            .ToList();
        var totals = lines.GroupBy(l => l.Benefit.Unit).OrderBy(g => g.Key).Select(g =>
        {
            var measured = g.Where(l => l.Benefit.Realised is not null).ToList();
            return new BenefitTotal(g.Key, g.Sum(l => l.Benefit.Expected),
                measured.Count == 0 ? null : measured.Sum(l => l.Benefit.Realised!.Value),
                measured.Sum(l => l.Benefit.Expected), g.Count(), measured.Count);
        }).ToList();
        return new BenefitFigures(year, lines, totals);
    }
}

public static class BenefitRules
{
    /// <summary>Met when realised reaches expected; no target when nothing is expected or nothing is measured yet.</summary>
    public static FigureStatus Status(decimal? realised, decimal expected) =>
        realised is not { } value || expected == 0m ? FigureStatus.NoTarget : value >= expected ? FigureStatus.Met : FigureStatus.NotMet;
}
