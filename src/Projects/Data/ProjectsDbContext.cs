using Hemit.BuildingBlocks;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.PeriodClosing;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Projects.Data;

/// <summary>The projects service's own database (projectsdb); no other service reads it.</summary>
public sealed class ProjectsDbContext(DbContextOptions<ProjectsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddClosedPeriods();
    }
}

internal sealed class ProjectsDbContextFactory : DesignTimeDbContextFactory<ProjectsDbContext>;
