using Hemit.BuildingBlocks;
using Hemit.BuildingBlocks.Data;
using Hemit.Governance.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Data;

/// <summary>The governance service's own database (governancedb); no other service reads it.</summary>
public sealed class GovernanceDbContext(DbContextOptions<GovernanceDbContext> options) : DbContext(options)
{
    public DbSet<SourceClosing> SourceClosings => Set<SourceClosing>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.Entity<SourceClosing>(closing =>
        {
            closing.ToTable("source_closings");
            closing.HasKey(c => c.Id);
            closing.Property(c => c.Id).HasColumnName("id");
            closing.Property(c => c.Source).HasColumnName("source").HasMaxLength(64);
            closing.Property(c => c.Year).HasColumnName("year");
            closing.Property(c => c.Month).HasColumnName("month");
            closing.Property(c => c.ClosedAt).HasColumnName("closed_at");
            closing.Property(c => c.EventId).HasColumnName("event_id");
            closing.HasIndex(c => new { c.Year, c.Month, c.Source });
        });
    }
}

internal sealed class GovernanceDbContextFactory : DesignTimeDbContextFactory<GovernanceDbContext>;
