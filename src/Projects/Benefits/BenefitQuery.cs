using Hemit.Projects.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Projects.Benefits;

/// <summary>Loads a year's benefits and the latest name of each project they come from.</summary>
public sealed class BenefitQuery(ProjectsDbContext db)
{
    public async Task<BenefitFigures> GetAsync(int year, CancellationToken cancellationToken)
    {
        var benefits = await db.Benefits.AsNoTracking().Where(b => b.Year == year).ToListAsync(cancellationToken);
        var ids = benefits.Where(b => b.ProjectId is not null).Select(b => b.ProjectId!).Distinct().ToList();
        var names = (await db.Projects.AsNoTracking().Where(p => ids.Contains(p.ProjectId)).ToListAsync(cancellationToken))
            .GroupBy(p => p.ProjectId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => (p.Year, p.Month)).First().Name, StringComparer.Ordinal);
        return BenefitFigures.Compute(year, benefits, names);
    }
}
