using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.Finance.Budgets;

internal sealed class CategoryBudgetModel : IEntityTypeConfiguration<CategoryBudgetEntry>
{
    public const string Table = "category_budgets";

    public void Configure(EntityTypeBuilder<CategoryBudgetEntry> entry)
    {
        entry.ToTable(Table);
        entry.HasKey(e => new { e.BudgetYear, e.CategoryCode });
        entry.Property(e => e.BudgetYear).HasColumnName("budget_year");
        entry.Property(e => e.CategoryCode).HasColumnName("category_code").HasMaxLength(64);
        entry.Property(e => e.Budget).HasColumnName("budget").HasColumnType("numeric(18,2)");
        entry.Property(e => e.PreviousBudget).HasColumnName("previous_budget").HasColumnType("numeric(18,2)");
        entry.Property(e => e.PreviousForecast).HasColumnName("previous_forecast").HasColumnType("numeric(18,2)");
    }
}

internal sealed class ServiceAreaBudgetModel : IEntityTypeConfiguration<ServiceAreaBudgetEntry>
{
    public const string Table = "service_area_budgets";

    public void Configure(EntityTypeBuilder<ServiceAreaBudgetEntry> entry)
    {
        entry.ToTable(Table);
        entry.HasKey(e => new { e.BudgetYear, e.AreaCode });
        entry.Property(e => e.BudgetYear).HasColumnName("budget_year");
        entry.Property(e => e.AreaCode).HasColumnName("area_code").HasMaxLength(64);
        entry.Property(e => e.PreviousBudget).HasColumnName("previous_budget").HasColumnType("numeric(18,2)");
        entry.Property(e => e.PreviousForecast).HasColumnName("previous_forecast").HasColumnType("numeric(18,2)");
        entry.Property(e => e.LongTermBudget).HasColumnName("long_term_budget").HasColumnType("numeric(18,2)");
        entry.Property(e => e.Budget).HasColumnName("budget").HasColumnType("numeric(18,2)");
    }
}

internal sealed class EfficiencyCutModel : IEntityTypeConfiguration<EfficiencyCut>
{
    public void Configure(EntityTypeBuilder<EfficiencyCut> entry)
    {
        entry.ToTable("efficiency_cuts");
        entry.HasKey(e => e.BudgetYear);
        entry.Property(e => e.BudgetYear).HasColumnName("budget_year").ValueGeneratedNever();
        entry.Property(e => e.CutBasisPoints).HasColumnName("cut_basis_points");
    }
}

internal sealed class ServiceAreaBudgetAdjustmentModel : IEntityTypeConfiguration<ServiceAreaBudgetAdjustment>
{
    public const string Table = "service_area_budget_adjustments";

    public void Configure(EntityTypeBuilder<ServiceAreaBudgetAdjustment> entry)
    {
        entry.ToTable(Table);
        entry.HasKey(e => new { e.BudgetYear, e.AreaCode, e.Reason });
        entry.Property(e => e.BudgetYear).HasColumnName("budget_year");
        entry.Property(e => e.AreaCode).HasColumnName("area_code").HasMaxLength(64);
        entry.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(ServiceAreaBudgetAdjustmentRowValidator.MaxReasonLength);
        entry.Property(e => e.Amount).HasColumnName("amount").HasColumnType("numeric(18,2)");
        entry.Property(e => e.Position).HasColumnName("position");
    }
}
