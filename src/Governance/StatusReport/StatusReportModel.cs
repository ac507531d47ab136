using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.StatusReport;

/// <summary>The status report's tables in governancedb: approved versions (insert only) and assessments per section.</summary>
public static class StatusReportModel
{
    public static ModelBuilder AddStatusReport(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApprovedStatusReport>(approved =>
        {
            approved.ToTable("status_report_approvals");
            approved.HasKey(a => a.Id);
            approved.Property(a => a.Id).HasColumnName("id");
            approved.Property(a => a.Year).HasColumnName("year");
            approved.Property(a => a.Month).HasColumnName("month");
            approved.Property(a => a.Version).HasColumnName("version");
            approved.Property(a => a.ApprovedAt).HasColumnName("approved_at");
            approved.Property(a => a.ApprovedBy).HasColumnName("approved_by").HasMaxLength(128);
            approved.Property(a => a.Snapshot).HasColumnName("snapshot");
            // Two approvals racing for the same version number: one of them fails instead of both being "version 2".
            approved.HasIndex(a => new { a.Year, a.Month, a.Version }).IsUnique();
        });
        modelBuilder.Entity<StatusReportAssessment>(assessment =>
        {
            assessment.ToTable("status_report_assessments");
            assessment.HasKey(a => new { a.Year, a.Month, a.Section });
            assessment.Property(a => a.Year).HasColumnName("year");
            assessment.Property(a => a.Month).HasColumnName("month");
            assessment.Property(a => a.Section).HasColumnName("section").HasMaxLength(2);
            assessment.Property(a => a.Text).HasColumnName("text").HasMaxLength(StatusReportSections.AssessmentMaxLength);
            assessment.Property(a => a.WrittenBy).HasColumnName("written_by").HasMaxLength(128);
            assessment.Property(a => a.UpdatedAt).HasColumnName("updated_at");
        });
        return modelBuilder;
    }
}
