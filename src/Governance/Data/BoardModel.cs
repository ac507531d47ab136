using Hemit.Governance.Assignments;
using Hemit.Governance.Audits;
using Hemit.Governance.Meetings;
using Hemit.Governance.ReportingCalendar;
using Hemit.Governance.Risks;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Data;

/// <summary>
/// The tables of the board's own business: meetings and their saker, the yearly number series, owner's assignments,
/// risks, audits and the owner's reporting deadlines.
/// </summary>
internal static class BoardModel
{
    public static ModelBuilder AddBoardModel(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BoardMeeting>(meeting =>
        {
            meeting.ToTable("board_meetings");
            meeting.HasKey(m => m.Date);
            meeting.Property(m => m.Place).HasMaxLength(200);
            meeting.Property(m => m.SeminarTitle).HasMaxLength(200);
            meeting.Property(m => m.State).HasConversion<string>().HasMaxLength(32);
            meeting.Property(m => m.Version).IsRowVersion();
            meeting.Ignore(m => m.Agenda);
            meeting.Ignore(m => m.BoardPart);
            meeting.Ignore(m => m.SeminarPart);
            meeting.Ignore(m => m.Start);
            meeting.Ignore(m => m.End);
            meeting.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MeetingDate);
            SnakeCaseColumns.Apply(meeting);
        });
        modelBuilder.Entity<AgendaItem>(item =>
        {
            item.ToTable("agenda_items");
            item.HasKey(i => i.Id);
            item.Ignore(i => i.Number);
            item.Ignore(i => i.Slot);
            item.Property(i => i.Type).HasConversion<string>().HasMaxLength(32);
            item.Property(i => i.Status).HasConversion<string>().HasMaxLength(32);
            item.Property(i => i.Title).HasMaxLength(500);
            item.Property(i => i.CaseHandler).HasMaxLength(200);
            item.Property(i => i.ResponsibleManager).HasMaxLength(200);
            item.Property(i => i.CaseFolder).HasMaxLength(32);
            // One active sak per number; a moved-away marker repeats its number on the old meeting.
            item.HasIndex(i => new { i.NumberYear, i.NumberSequence }).IsUnique().HasFilter("status = 'Active' AND number_year IS NOT NULL");
            SnakeCaseColumns.Apply(item);
        });
        modelBuilder.Entity<AgendaNumberSeriesRow>(series =>
        {
            series.ToTable("agenda_number_series");
            series.HasKey(s => s.Year);
            series.Property(s => s.Year).ValueGeneratedNever();
            SnakeCaseColumns.Apply(series);
        });
        modelBuilder.Entity<OwnerAssignment>(assignment =>
        {
            assignment.ToTable("owner_assignments");
            assignment.HasKey(a => a.Code);
            assignment.Property(a => a.Code).HasMaxLength(16);
            assignment.Property(a => a.Title).HasMaxLength(OwnerAssignments.MaxTitleLength);
            assignment.Property(a => a.GoalArea).HasMaxLength(OwnerAssignments.MaxTitleLength);
            assignment.Property(a => a.Role).HasConversion<string>().HasMaxLength(32);
            assignment.Property(a => a.Version).IsRowVersion();
            assignment.Ignore(a => a.Latest);
            assignment.Ignore(a => a.Status);
            assignment.HasMany(a => a.Reports).WithOne().HasForeignKey(r => r.Code);
            assignment.HasIndex(a => a.Year);
            SnakeCaseColumns.Apply(assignment);
        });
        modelBuilder.Entity<AssignmentTertialReport>(report =>
        {
            report.ToTable("assignment_tertial_reports");
            report.HasKey(r => new { r.Code, r.Year, r.Tertial });
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
            report.Property(r => r.Risk).HasConversion<string>().HasMaxLength(32);
            SnakeCaseColumns.Apply(report);
        });
        modelBuilder.Entity<Risk>(risk =>
        {
            risk.ToTable("risks");
            risk.HasKey(r => r.Code);
            risk.Property(r => r.Code).HasMaxLength(32);
            risk.Property(r => r.Title).HasMaxLength(300);
            risk.Property(r => r.Owner).HasMaxLength(200);
            risk.HasMany(r => r.Assessments).WithOne().HasForeignKey(a => a.RiskCode);
            SnakeCaseColumns.Apply(risk);
        });
        modelBuilder.Entity<RiskAssessment>(assessment =>
        {
            assessment.ToTable("risk_assessments", table =>
            {
                table.HasCheckConstraint("ck_risk_assessments_probability", "probability BETWEEN 1 AND 5");
                table.HasCheckConstraint("ck_risk_assessments_consequence", "consequence BETWEEN 1 AND 5");
            });
            assessment.HasKey(a => new { a.RiskCode, a.Year, a.Tertial });
            assessment.Ignore(a => a.Score);
            SnakeCaseColumns.Apply(assessment);
        });
        modelBuilder.Entity<Audit>(audit =>
        {
            audit.ToTable("audits");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Authority).HasMaxLength(200);
            audit.Property(a => a.Subject).HasMaxLength(500);
            audit.Property(a => a.State).HasConversion<string>().HasMaxLength(32);
            SnakeCaseColumns.Apply(audit);
        });
        modelBuilder.Entity<ReportingDeadline>(deadline =>
        {
            deadline.ToTable("reporting_deadlines");
            deadline.HasKey(d => new { d.Kind, d.Covers });
            deadline.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
            deadline.Property(d => d.Covers).HasMaxLength(16);
            SnakeCaseColumns.Apply(deadline);
        });
        return modelBuilder;
    }
}
