using Hemit.BuildingBlocks.Auditing;
using Hemit.BuildingBlocks;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Projects.Benefits;
using Hemit.Projects.Dependencies;
using Hemit.Projects.Portfolio;
using Hemit.Projects.Snapshots;
using Hemit.Projects.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Projects.Data;

/// <summary>The projects service's own database (projectsdb); no other service reads it.</summary>
public sealed class ProjectsDbContext(DbContextOptions<ProjectsDbContext> options) : DbContext(options)
{
    public DbSet<ProjectEntry> Projects => Set<ProjectEntry>();

    public DbSet<ProjectYearBudgetEntry> ProjectYearBudgets => Set<ProjectYearBudgetEntry>();

    public DbSet<ProjectDependencyEntry> ProjectDependencies => Set<ProjectDependencyEntry>();

    public DbSet<MilestoneEntry> Milestones => Set<MilestoneEntry>();

    public DbSet<SnapshotEntry> Snapshots => Set<SnapshotEntry>();

    public DbSet<WorkOrderEntry> WorkOrders => Set<WorkOrderEntry>();

    public DbSet<WorkOrderOverdueAnnouncement> WorkOrderOverdueAnnouncements => Set<WorkOrderOverdueAnnouncement>();

    public DbSet<BenefitEntry> Benefits => Set<BenefitEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
        modelBuilder.AddClosedPeriods();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProjectsDbContext).Assembly);
    }
}

internal sealed class ProjectsDbContextFactory : DesignTimeDbContextFactory<ProjectsDbContext>;
