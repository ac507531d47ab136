using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Availability;

/// <summary>Loads the catalogue and a month's downtime and computes the month's availability.</summary>
public sealed class AvailabilityQuery(ServiceDeskDbContext db)
{
    public async Task<AvailabilityFigures> GetAsync(int year, int month, CancellationToken cancellationToken)
    {
        var period = new OsloMonth(year, month);
        var (start, end) = (period.Start, period.End);
        var levels = await db.ServiceLevels.AsNoTracking().ToListAsync(cancellationToken);
        var windows = await db.MaintenanceWindows.AsNoTracking().ToListAsync(cancellationToken);
        var downtime = await db.Downtime.AsNoTracking().Where(d => d.End > start && d.Start < end).ToListAsync(cancellationToken);
        return AvailabilityFigures.Compute(period, levels, windows, downtime);
    }
}
