using Hemit.BuildingBlocks;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.PeriodClosing;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Data;

/// <summary>The servicedesk service's own database (servicedeskdb); no other service reads it.</summary>
public sealed class ServiceDeskDbContext(DbContextOptions<ServiceDeskDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddClosedPeriods();
    }
}

internal sealed class ServiceDeskDbContextFactory : DesignTimeDbContextFactory<ServiceDeskDbContext>;
