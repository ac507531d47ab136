using Hemit.BuildingBlocks.Auditing;
using Hemit.BuildingBlocks;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.HrMetrics.SickLeave;
using Hemit.HrMetrics.Staffing;
using Hemit.HrMetrics.Units;
using Hemit.HrMetrics.WorkingTime;
using Microsoft.EntityFrameworkCore;

namespace Hemit.HrMetrics.Data;

/// <summary>The hrmetrics service's own database (hrdb); no other service reads it.</summary>
public sealed class HrMetricsDbContext(DbContextOptions<HrMetricsDbContext> options) : DbContext(options)
{
    public DbSet<SickLeaveEntry> SickLeave => Set<SickLeaveEntry>();

    public DbSet<WorkingTimeViolationEntry> WorkingTimeViolations => Set<WorkingTimeViolationEntry>();

    public DbSet<StaffingEntry> Staffing => Set<StaffingEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
        modelBuilder.AddClosedPeriods();

        modelBuilder.Entity<SickLeaveEntry>(entry =>
        {
            entry.ToTable("sick_leave", table =>
            {
                table.HasCheckConstraint("ck_sick_leave_days", "agreed_work_days > 0 AND sick_leave_days >= 0 AND sick_leave_days <= agreed_work_days");
                table.HasCheckConstraint("ck_sick_leave_self_certified", "self_certified_days IS NULL OR (self_certified_days >= 0 AND self_certified_days <= sick_leave_days)");
            });
            entry.HasKey(e => new { e.Year, e.Month, e.Unit });
            entry.Property(e => e.Year).HasColumnName("year");
            entry.Property(e => e.Month).HasColumnName("month");
            entry.Property(e => e.Unit).HasColumnName("unit").HasMaxLength(UnitReference.MaxLength);
            entry.Property(e => e.AgreedWorkDays).HasColumnName("agreed_work_days").HasColumnType("numeric(14,4)");
            entry.Property(e => e.SickLeaveDays).HasColumnName("sick_leave_days").HasColumnType("numeric(14,4)");
            entry.Property(e => e.SelfCertifiedDays).HasColumnName("self_certified_days").HasColumnType("numeric(14,4)");
            entry.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.Entity<WorkingTimeViolationEntry>(entry =>
        {
            entry.ToTable("working_time_violations", table =>
            {
                table.HasCheckConstraint("ck_working_time_violations_count", "count >= 0");
                table.HasCheckConstraint("ck_working_time_violations_rule", OneOf("rule", WorkingTimeRules.AllRules.Select(r => r.ToText())));
                table.HasCheckConstraint("ck_working_time_violations_cause", OneOf("cause", WorkingTimeRules.AllCauses.Select(c => c.ToText())));
            });
            entry.HasKey(e => new { e.Year, e.Month, e.Unit, e.Rule, e.Cause });
            entry.Property(e => e.Year).HasColumnName("year");
            entry.Property(e => e.Month).HasColumnName("month");
            entry.Property(e => e.Unit).HasColumnName("unit").HasMaxLength(UnitReference.MaxLength);
            entry.Property(e => e.Rule).HasColumnName("rule").HasMaxLength(64)
                .HasConversion(rule => rule.ToText(), code => WorkingTimeRules.ParseRule(code));
            entry.Property(e => e.Cause).HasColumnName("cause").HasMaxLength(64)
                .HasConversion(cause => cause.ToText(), code => WorkingTimeRules.ParseCause(code));
            entry.Property(e => e.Count).HasColumnName("count");
            entry.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        });

        modelBuilder.Entity<StaffingEntry>(entry =>
        {
            entry.ToTable("staffing", table =>
            {
                table.HasCheckConstraint(
                    "ck_staffing_non_negative",
                    "fte_months >= 0 AND headcount >= 0 AND (starters IS NULL OR starters >= 0) AND (leavers IS NULL OR leavers >= 0)");
                table.HasCheckConstraint("ck_staffing_category", OneOf("category", StaffingCategories.All.Select(c => c.ToText())));
            });
            entry.HasKey(e => new { e.Year, e.Month, e.Category });
            entry.Property(e => e.Year).HasColumnName("year");
            entry.Property(e => e.Month).HasColumnName("month");
            entry.Property(e => e.Category).HasColumnName("category").HasMaxLength(32)
                .HasConversion(category => category.ToText(), code => StaffingCategories.Parse(code));
            entry.Property(e => e.FteMonths).HasColumnName("fte_months").HasColumnType("numeric(14,4)");
            entry.Property(e => e.Headcount).HasColumnName("headcount");
            entry.Property(e => e.Starters).HasColumnName("starters");
            entry.Property(e => e.Leavers).HasColumnName("leavers");
            entry.Property(e => e.UpdatedAt).HasColumnName("updated_at");
        });
    }

    /// <summary>A closed set's codes as a check, so the database holds nothing the enum cannot read.</summary>
    private static string OneOf(string column, IEnumerable<string> codes) =>
        $"{column} IN ({string.Join(", ", codes.Select(code => $"'{code}'"))})";
}

internal sealed class HrMetricsDbContextFactory : DesignTimeDbContextFactory<HrMetricsDbContext>;
