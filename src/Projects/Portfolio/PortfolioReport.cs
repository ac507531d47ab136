using Hemit.BuildingBlocks;
using Hemit.Projects.Dependencies;
using Hemit.Projects.Reporting;

namespace Hemit.Projects.Portfolio;

/// <summary>One project in the portfolio report, with its figures, their status and why it is at risk.</summary>
public sealed record ProjectLine(
    ProjectEntry Project,
    IReadOnlyList<ProjectYearBudgetEntry> YearBudgets,
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<GraphNode>? InterregionalChain,
    IReadOnlyList<GraphNode>? MilestoneChain)
{
    /// <summary>Forecast − budget: positive is an overrun.</summary>
    public decimal ForecastVariance => Project.Forecast - Project.BudgetTotal;

    public FigureStatus ForecastStatus => PortfolioRules.WithinBudget(Project.Forecast, Project.BudgetTotal);

    public decimal? ConsumptionPercent => PortfolioRules.Percent(Project.SpentToDate, Project.BudgetTotal);

    /// <summary>Met when no colour is red.</summary>
    public FigureStatus Status => Project.AnyRed ? FigureStatus.NotMet : FigureStatus.Met;
}

/// <summary>Count and budget of one portfolio's projects in one phase.</summary>
public sealed record PortfolioPhaseCell(ProjectPortfolio Portfolio, ProjectPhase Phase, int Projects, decimal BudgetTotal);

public sealed record PortfolioTotals(
    int Projects,
    decimal BudgetTotal,
    decimal SpentToDate,
    decimal Forecast,
    int RedProjects,
    int OverBudgetProjects,
    int InterregionalRiskProjects,
    int MilestoneRiskProjects)
{
    public decimal ForecastVariance => Forecast - BudgetTotal;

    public FigureStatus ForecastStatus => PortfolioRules.WithinBudget(Forecast, BudgetTotal);

    /// <summary>Sum of spend / sum of budget, never an average of the projects' percentages.</summary>
    public decimal? ConsumptionPercent => PortfolioRules.Percent(SpentToDate, BudgetTotal);

    public FigureStatus RedProjectsStatus => Projects == 0 ? FigureStatus.NoTarget : RedProjects == 0 ? FigureStatus.Met : FigureStatus.NotMet;

    public FigureStatus OverBudgetStatus => Projects == 0 ? FigureStatus.NoTarget : OverBudgetProjects == 0 ? FigureStatus.Met : FigureStatus.NotMet;
}

/// <summary>A milestone due later than first planned, and the projects it puts at risk.</summary>
public sealed record MovedMilestone(MilestoneEntry Milestone, IReadOnlyList<string> ProjectsAtRisk);

/// <summary>
/// Section 5 "Status prosjektgjennomføring" for a month: every project's status, count and budget by portfolio and
/// phase, red projects, forecast against budget, budget consumption, and the projects at risk through what they
/// depend on (an interregional project; a moved milestone). Pure; the snapshot freezes exactly this.
/// </summary>
public sealed record PortfolioReport(
    int Year,
    int Month,
    IReadOnlyList<ProjectLine> Projects,
    IReadOnlyList<PortfolioPhaseCell> ByPortfolioAndPhase,
    PortfolioTotals Totals,
    IReadOnlyList<MovedMilestone> MovedMilestones)
{
    public static PortfolioReport Build(
        int year,
        int month,
        IReadOnlyCollection<ProjectEntry> projects,
        IReadOnlyCollection<ProjectYearBudgetEntry> yearBudgets,
        IReadOnlyCollection<ProjectDependencyEntry> dependencies,
        IReadOnlyCollection<MilestoneEntry> milestones)
    {
        var graph = PortfolioRules.Graph(projects, dependencies, milestones);
        var interregional = graph.DependentsOf(projects.Where(p => p.Portfolio == ProjectPortfolio.Interregional).Select(p => p.ProjectId))
            .ToDictionary(r => r.ProjectId, r => r.Chain, StringComparer.Ordinal);
        var late = milestones.Where(m => m.IsLate).OrderBy(m => m.DueDate).ThenBy(m => m.MilestoneId, StringComparer.Ordinal).ToList();
        var atRisk = graph.DependentsOf(late.Select(m => m.MilestoneId)).ToDictionary(r => r.ProjectId, r => r.Chain, StringComparer.Ordinal);
        var inMonth = projects.Select(p => p.ProjectId).ToHashSet(StringComparer.Ordinal);

        var lines = projects
            .OrderBy(p => p.Portfolio).ThenBy(p => p.Phase).ThenBy(p => p.Name, NorwegianCollation.Comparer).ThenBy(p => p.ProjectId, StringComparer.Ordinal)
            .Select(p => new ProjectLine(p,
                yearBudgets.Where(b => b.ProjectId == p.ProjectId).OrderBy(b => b.BudgetYear).ToList(),
                dependencies.Where(d => d.ProjectId == p.ProjectId).Select(d => d.DependsOn).Order(StringComparer.Ordinal).ToList(),
                interregional.GetValueOrDefault(p.ProjectId),
                atRisk.GetValueOrDefault(p.ProjectId)))
            .ToList();

        var cells = projects.GroupBy(p => (p.Portfolio, p.Phase)).OrderBy(g => g.Key.Portfolio).ThenBy(g => g.Key.Phase)
            .Select(g => new PortfolioPhaseCell(g.Key.Portfolio, g.Key.Phase, g.Count(), g.Sum(p => p.BudgetTotal)))
            .ToList();

        var totals = new PortfolioTotals(
            projects.Count,
            projects.Sum(p => p.BudgetTotal),
            projects.Sum(p => p.SpentToDate),
            projects.Sum(p => p.Forecast),
            projects.Count(p => p.AnyRed),
            lines.Count(l => l.ForecastStatus == FigureStatus.NotMet),
            lines.Count(l => l.InterregionalChain is not null),
            lines.Count(l => l.MilestoneChain is not null));

        var moved = late.Select(m => new MovedMilestone(m,
                graph.DependentsOf(m.MilestoneId).Select(r => r.ProjectId).Where(inMonth.Contains).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        return new PortfolioReport(year, month, lines, cells, totals, moved);
    }
}

/// <summary>The rules the portfolio's figures share.</summary>
public static class PortfolioRules
{
    /// <summary>Met when the forecast is within the budget; no target without a budget.</summary>
    public static FigureStatus WithinBudget(decimal forecast, decimal budget) =>
        budget == 0m ? FigureStatus.NoTarget : forecast <= budget ? FigureStatus.Met : FigureStatus.NotMet;

    /// <summary>part / whole × 100; none of nothing.</summary>
    public static decimal? Percent(decimal part, decimal whole) => whole == 0m ? null : part * 100m / whole;

    /// <summary>The dependency graph of one month's projects and every milestone.</summary>
    public static DependencyGraph Graph(
        IEnumerable<ProjectEntry> projects, IEnumerable<ProjectDependencyEntry> dependencies, IEnumerable<MilestoneEntry> milestones) =>
        new(projects.Select(p => new GraphNode(p.ProjectId, p.Name, false)),
            milestones.Select(m => new MilestoneNode(m.MilestoneId, m.Name, m.ProjectId)),
            dependencies.Select(d => new Dependency(d.ProjectId, d.DependsOn)));
}
