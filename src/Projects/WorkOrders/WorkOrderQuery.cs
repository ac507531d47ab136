using Hemit.Projects.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hemit.Projects.WorkOrders;

/// <summary>Loads the orders that touch the year through the month and computes the report.</summary>
public sealed class WorkOrderQuery(ProjectsDbContext db, IOptions<WorkOrderOptions> options)
{
    public async Task<WorkOrderFigures> GetAsync(int year, int month, CancellationToken cancellationToken)
    {
        var end = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var yearStart = new DateOnly(year, 1, 1);
        var orders = await db.WorkOrders.AsNoTracking()
            .Where(o => o.ReceivedDate <= end && (o.DeliveredDate == null || o.DeliveredDate >= yearStart))
            .ToListAsync(cancellationToken);
        return WorkOrderFigures.Compute(orders, year, month, options.Value.OnTimeTargetPercent);
    }
}
