using Hemit.Projects.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Projects.Portfolio;

/// <summary>Loads a month's projects, their budgets and dependencies, and every milestone, and builds the report.</summary>
public sealed class PortfolioQuery(ProjectsDbContext db)
{
    public async Task<PortfolioReport> GetAsync(int year, int month, CancellationToken cancellationToken)
    {
        var projects = await db.Projects.AsNoTracking().Where(p => p.Year == year && p.Month == month).ToListAsync(cancellationToken);
        var budgets = await db.ProjectYearBudgets.AsNoTracking().Where(p => p.Year == year && p.Month == month).ToListAsync(cancellationToken);
        var dependencies = await db.ProjectDependencies.AsNoTracking().Where(p => p.Year == year && p.Month == month).ToListAsync(cancellationToken);
        var milestones = await db.Milestones.AsNoTracking().ToListAsync(cancellationToken);
        return PortfolioReport.Build(year, month, projects, budgets, dependencies, milestones);
    }
}
