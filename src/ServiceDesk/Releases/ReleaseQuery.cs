using Hemit.ServiceDesk.Data;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Releases;

/// <summary>Loads a year's releases and counts them.</summary>
public sealed class ReleaseQuery(ServiceDeskDbContext db)
{
    public async Task<ReleaseFigures> GetAsync(int year, int throughMonth, CancellationToken cancellationToken)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var releases = await db.Releases.AsNoTracking()
            .Where(r => r.ActualDate >= from && r.ActualDate <= to)
            .ToListAsync(cancellationToken);
        return ReleaseFigures.Compute(releases, year, throughMonth);
    }
}
