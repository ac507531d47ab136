using Hemit.BuildingBlocks;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.PeriodClosing;
using Microsoft.EntityFrameworkCore;

namespace Hemit.HrMetrics.Data;

/// <summary>The hrmetrics service's own database (hrdb); no other service reads it.</summary>
public sealed class HrMetricsDbContext(DbContextOptions<HrMetricsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddClosedPeriods();
    }
}

internal sealed class HrMetricsDbContextFactory : DesignTimeDbContextFactory<HrMetricsDbContext>;
