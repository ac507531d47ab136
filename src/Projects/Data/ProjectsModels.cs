using Hemit.BuildingBlocks.Naming;
using Hemit.Projects.Benefits;
using Hemit.Projects.Dependencies;
using Hemit.Projects.Importing;
using Hemit.Projects.Portfolio;
using Hemit.Projects.Reporting;
using Hemit.Projects.Snapshots;
using Hemit.Projects.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.Projects.Data;

/// <summary>Closed sets stored as their codes, with a check that only those codes are stored.</summary>
internal static class CodeColumns
{
    public static void Code<TEntity, TEnum>(this EntityTypeBuilder<TEntity> entry, System.Linq.Expressions.Expression<Func<TEntity, TEnum>> property,
        string column, Codes<TEnum> codes, string table)
        where TEntity : class
        where TEnum : struct, Enum
    {
        entry.Property(property).HasColumnName(column).HasMaxLength(32).HasConversion(v => codes.Code(v), c => codes.Parse(c));
        entry.ToTable(table, t => t.HasCheckConstraint($"ck_{table}_{column}", $"{column} IN ({string.Join(", ", codes.All.Select(c => $"'{c}'"))})"));
    }

    /// <summary>The reporting month and project every monthly project row is keyed by, then the row's own key parts.</summary>
    public static void ProjectMonthKey<TEntity>(this EntityTypeBuilder<TEntity> entry, params string[] more)
        where TEntity : class
    {
        entry.HasKey([nameof(ProjectEntry.Year), nameof(ProjectEntry.Month), nameof(ProjectEntry.ProjectId), .. more]);
        entry.Property<int>(nameof(ProjectEntry.Year)).HasColumnName("year");
        entry.Property<int>(nameof(ProjectEntry.Month)).HasColumnName("month");
        entry.Property<string>(nameof(ProjectEntry.ProjectId)).HasColumnName("project_id").HasMaxLength(IdRule.MaxLength);
    }

    public static PropertyBuilder<decimal> Money(this PropertyBuilder<decimal> property, string column) =>
        property.HasColumnName(column).HasColumnType("numeric(18,2)");
}

internal sealed class ProjectModel : IEntityTypeConfiguration<ProjectEntry>
{
    public void Configure(EntityTypeBuilder<ProjectEntry> entry)
    {
        const string table = "projects";
        entry.ToTable(table);
        entry.ProjectMonthKey();
        entry.Property(e => e.Name).HasColumnName("name").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Code(e => e.Portfolio, "portfolio", ProjectCodes.Portfolio, table);
        entry.Property(e => e.Customer).HasColumnName("customer").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Code(e => e.Phase, "phase", ProjectCodes.Phase, table);
        entry.Property(e => e.StartDate).HasColumnName("start_date");
        entry.Property(e => e.PlannedEnd).HasColumnName("planned_end");
        entry.Property(e => e.BudgetTotal).Money("budget_total");
        entry.Property(e => e.SpentToDate).Money("spent_to_date");
        entry.Property(e => e.Forecast).Money("forecast");
        entry.Code(e => e.Schedule, "schedule_status", ProjectCodes.Colour, table);
        entry.Code(e => e.Cost, "cost_status", ProjectCodes.Colour, table);
        entry.Code(e => e.Scope, "scope_status", ProjectCodes.Colour, table);
        entry.Property(e => e.StatusComment).HasColumnName("status_comment").HasMaxLength(2000);
        entry.Property(e => e.ManagerRole).HasColumnName("manager_role").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Ignore(e => e.AnyRed);
        entry.HasIndex(e => e.ProjectId);
    }
}

internal sealed class ProjectYearBudgetModel : IEntityTypeConfiguration<ProjectYearBudgetEntry>
{
    public void Configure(EntityTypeBuilder<ProjectYearBudgetEntry> entry)
    {
        entry.ToTable("project_year_budgets");
        entry.ProjectMonthKey(nameof(ProjectYearBudgetEntry.BudgetYear));
        entry.Property(e => e.BudgetYear).HasColumnName("budget_year");
        entry.Property(e => e.Budget).Money("budget");
    }
}

internal sealed class ProjectDependencyModel : IEntityTypeConfiguration<ProjectDependencyEntry>
{
    public void Configure(EntityTypeBuilder<ProjectDependencyEntry> entry)
    {
        entry.ToTable("project_dependencies");
        entry.ProjectMonthKey(nameof(ProjectDependencyEntry.DependsOn));
        entry.Property(e => e.DependsOn).HasColumnName("depends_on").HasMaxLength(IdRule.MaxLength);
    }
}

internal sealed class MilestoneModel : IEntityTypeConfiguration<MilestoneEntry>
{
    public void Configure(EntityTypeBuilder<MilestoneEntry> entry)
    {
        entry.ToTable("milestones");
        entry.HasKey(e => e.MilestoneId);
        entry.Property(e => e.MilestoneId).HasColumnName("milestone_id").HasMaxLength(IdRule.MaxLength);
        entry.Property(e => e.Name).HasColumnName("name").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Property(e => e.ProjectId).HasColumnName("project_id").HasMaxLength(IdRule.MaxLength);
        entry.Property(e => e.Owner).HasColumnName("owner").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Property(e => e.BaselineDate).HasColumnName("baseline_date");
        entry.Property(e => e.DueDate).HasColumnName("due_date");
        entry.Property(e => e.CompletedDate).HasColumnName("completed_date");
        entry.Ignore(e => e.IsLate);
    }
}

internal sealed class SnapshotModel : IEntityTypeConfiguration<SnapshotEntry>
{
    public void Configure(EntityTypeBuilder<SnapshotEntry> entry)
    {
        entry.ToTable("portfolio_snapshots");
        entry.HasKey(e => e.SnapshotId);
        entry.Property(e => e.SnapshotId).HasColumnName("snapshot_id");
        entry.Property(e => e.Year).HasColumnName("year");
        entry.Property(e => e.Month).HasColumnName("month");
        entry.Property(e => e.Label).HasColumnName("label").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Property(e => e.TakenAt).HasColumnName("taken_at");
        entry.Property(e => e.Projects).HasColumnName("projects");
        // The report as it was, never recomputed: a board paper shows what it showed.
        entry.Property(e => e.Report).HasColumnName("report").HasColumnType("jsonb");
    }
}

internal sealed class WorkOrderModel : IEntityTypeConfiguration<WorkOrderEntry>
{
    public void Configure(EntityTypeBuilder<WorkOrderEntry> entry)
    {
        const string table = "work_orders";
        entry.ToTable(table, t => t.HasCheckConstraint("ck_work_orders_due", "due_date >= received_date"));
        entry.HasKey(e => e.OrderId);
        entry.Property(e => e.OrderId).HasColumnName("order_id").HasMaxLength(IdRule.MaxLength);
        entry.Code(e => e.Category, "category", WorkOrderCodes.Category, table);
        entry.Property(e => e.Customer).HasColumnName("customer").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Property(e => e.ReceivedDate).HasColumnName("received_date");
        entry.Property(e => e.DueDate).HasColumnName("due_date");
        entry.Property(e => e.DeliveredDate).HasColumnName("delivered_date");
    }
}

internal sealed class WorkOrderOverdueModel : IEntityTypeConfiguration<WorkOrderOverdueAnnouncement>
{
    public void Configure(EntityTypeBuilder<WorkOrderOverdueAnnouncement> entry)
    {
        entry.ToTable("work_order_overdue_announcements");
        entry.HasKey(e => e.OrderId);
        entry.Property(e => e.OrderId).HasColumnName("order_id").HasMaxLength(IdRule.MaxLength);
        entry.Property(e => e.AnnouncedAt).HasColumnName("announced_at");
    }
}

internal sealed class BenefitModel : IEntityTypeConfiguration<BenefitEntry>
{
    public void Configure(EntityTypeBuilder<BenefitEntry> entry)
    {
        const string table = "benefits";
        entry.ToTable(table, t => t.HasCheckConstraint("ck_benefits_source", "(project_id IS NULL) <> (measure IS NULL)"));
        entry.HasKey(e => new { e.BenefitId, e.Year });
        entry.Property(e => e.BenefitId).HasColumnName("benefit_id").HasMaxLength(IdRule.MaxLength);
        entry.Property(e => e.Year).HasColumnName("year");
        entry.Property(e => e.ProjectId).HasColumnName("project_id").HasMaxLength(IdRule.MaxLength);
        entry.Property(e => e.Measure).HasColumnName("measure").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Property(e => e.Description).HasColumnName("description").HasMaxLength(2000);
        entry.Code(e => e.Unit, "unit", BenefitCodes.Unit, table);
        entry.Property(e => e.Expected).HasColumnName("expected").HasColumnType("numeric(18,2)");
        entry.Property(e => e.Realised).HasColumnName("realised").HasColumnType("numeric(18,2)");
    }
}
