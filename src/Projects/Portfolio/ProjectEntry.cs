namespace Hemit.Projects.Portfolio;

/// <summary>One project's status in one reporting month (the natural key is period + project id).</summary>
public sealed class ProjectEntry
{
    public int Year { get; set; }

    public int Month { get; set; }

    public required string ProjectId { get; set; }

    public required string Name { get; set; }

    public ProjectPortfolio Portfolio { get; set; }

    public required string Customer { get; set; }

    public ProjectPhase Phase { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly PlannedEnd { get; set; }

    public decimal BudgetTotal { get; set; }

    public decimal SpentToDate { get; set; }

    public decimal Forecast { get; set; }

    public StatusColour Schedule { get; set; }

    public StatusColour Cost { get; set; }

    public StatusColour Scope { get; set; }

    public string StatusComment { get; set; } = string.Empty;

    public required string ManagerRole { get; set; }

    public bool AnyRed => Schedule == StatusColour.Red || Cost == StatusColour.Red || Scope == StatusColour.Red;
}

/// <summary>A project's budget for one year, as reported in one month.</summary>
public sealed class ProjectYearBudgetEntry
{
    public int Year { get; set; }

    public int Month { get; set; }

    public required string ProjectId { get; set; }

    public int BudgetYear { get; set; }

    public decimal Budget { get; set; }
}

/// <summary>A project's dependency on a project or milestone, as reported in one month.</summary>
public sealed class ProjectDependencyEntry
{
    public int Year { get; set; }

    public int Month { get; set; }

    public required string ProjectId { get; set; }

    public required string DependsOn { get; set; }
}
