using Hemit.BuildingBlocks.Auditing;
using Hemit.BuildingBlocks;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.ServiceDesk.Tickets;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Data;

/// <summary>The servicedesk service's own database (servicedeskdb); no other service reads it.</summary>
public sealed class ServiceDeskDbContext(DbContextOptions<ServiceDeskDbContext> options) : DbContext(options)
{
    public DbSet<TicketEventEntry> TicketEvents => Set<TicketEventEntry>();

    public DbSet<Phone.CallIntervalEntry> CallIntervals => Set<Phone.CallIntervalEntry>();

    public DbSet<Releases.ReleaseEntry> Releases => Set<Releases.ReleaseEntry>();

    public DbSet<Availability.ServiceLevelEntry> ServiceLevels => Set<Availability.ServiceLevelEntry>();

    public DbSet<Availability.MaintenanceWindowEntry> MaintenanceWindows => Set<Availability.MaintenanceWindowEntry>();

    public DbSet<Availability.DowntimeEntry> Downtime => Set<Availability.DowntimeEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
        modelBuilder.AddClosedPeriods();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ServiceDeskDbContext).Assembly);
    }
}

internal sealed class ServiceDeskDbContextFactory : DesignTimeDbContextFactory<ServiceDeskDbContext>;
