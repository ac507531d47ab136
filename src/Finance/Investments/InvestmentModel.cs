using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.Finance.Investments;

internal sealed class InvestmentModel : IEntityTypeConfiguration<InvestmentEntry>
{
    public const string Table = "investments";

    public void Configure(EntityTypeBuilder<InvestmentEntry> entry)
    {
        entry.ToTable(Table);
        entry.HasKey(e => new { e.Year, e.Portfolio, e.Item });
        entry.Property(e => e.Year).HasColumnName("year");
        entry.Property(e => e.Portfolio).HasColumnName("portfolio").HasMaxLength(32)
            .HasConversion(portfolio => portfolio.ToText(), code => PortfolioCodes.Parse(code));
        entry.Property(e => e.Item).HasColumnName("item").HasMaxLength(200);
        entry.Property(e => e.LongTermBudget).HasColumnName("long_term_budget").HasColumnType("numeric(18,2)");
        entry.Property(e => e.Budget).HasColumnName("budget").HasColumnType("numeric(18,2)");
        entry.Property(e => e.SpentToDate).HasColumnName("spent_to_date").HasColumnType("numeric(18,2)");
        entry.Property(e => e.Forecast).HasColumnName("forecast").HasColumnType("numeric(18,2)");
        entry.Property(e => e.Position).HasColumnName("position");
    }
}
