using Hemit.BuildingBlocks.Auditing;
using Hemit.BuildingBlocks;
using Hemit.BuildingBlocks.Data;
using Hemit.Governance.Assignments;
using Hemit.Governance.Audits;
using Hemit.Governance.Meetings;
using Hemit.Governance.ReportingCalendar;
using Hemit.Governance.Risks;
using Hemit.Governance.Reporting;
using Hemit.Governance.StatusReport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Data;

/// <summary>The governance service's own database (governancedb); no other service reads it.</summary>
public sealed class GovernanceDbContext(DbContextOptions<GovernanceDbContext> options) : DbContext(options)
{
    public DbSet<SourceClosing> SourceClosings => Set<SourceClosing>();

    public DbSet<SourceReopening> SourceReopenings => Set<SourceReopening>();

    public DbSet<BoardMeeting> BoardMeetings => Set<BoardMeeting>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<OwnerAssignment> OwnerAssignments => Set<OwnerAssignment>();

    public DbSet<Risk> Risks => Set<Risk>();

    public DbSet<Audit> Audits => Set<Audit>();

    public DbSet<ReportingDeadline> ReportingDeadlines => Set<ReportingDeadline>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
        modelBuilder.AddStatusReport();
        modelBuilder.AddBoardModel();
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
        modelBuilder.Entity<SourceReopening>(reopening =>
        {
            reopening.ToTable("source_reopenings");
            reopening.HasKey(r => r.Id);
            reopening.Property(r => r.Id).HasColumnName("id");
            reopening.Property(r => r.Source).HasColumnName("source").HasMaxLength(64);
            reopening.Property(r => r.Year).HasColumnName("year");
            reopening.Property(r => r.Month).HasColumnName("month");
            reopening.Property(r => r.ReopenedAt).HasColumnName("reopened_at");
            reopening.Property(r => r.ReopenedBy).HasColumnName("reopened_by").HasMaxLength(128);
            reopening.Property(r => r.Reason).HasColumnName("reason").HasMaxLength(500);
            reopening.Property(r => r.EventId).HasColumnName("event_id");
            reopening.HasIndex(r => new { r.Year, r.Month, r.Source });
        });
    }
}

internal sealed class GovernanceDbContextFactory : DesignTimeDbContextFactory<GovernanceDbContext>;
