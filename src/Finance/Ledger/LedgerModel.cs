using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.Finance.Ledger;

internal sealed class LedgerModel : IEntityTypeConfiguration<LedgerEntry>
{
    public const string Table = "ledger_entries";

    public void Configure(EntityTypeBuilder<LedgerEntry> entry)
    {
        entry.ToTable(Table);
        entry.HasKey(e => new { e.Year, e.Month, e.LineCode, e.Scenario });
        entry.Property(e => e.Year).HasColumnName("year");
        entry.Property(e => e.Month).HasColumnName("month");
        entry.Property(e => e.LineCode).HasColumnName("line_code").HasMaxLength(64);
        entry.Property(e => e.Scenario).HasColumnName("scenario").HasMaxLength(16)
            .HasConversion(scenario => scenario.ToText(), code => LedgerScenarioNames.Parse(code));
        entry.Property(e => e.Amount).HasColumnName("amount").HasColumnType("numeric(18,2)");
    }
}
