using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.Finance.CostMeasures;

internal sealed class CostMeasureModel : IEntityTypeConfiguration<CostMeasureEntry>
{
    public const string Table = "cost_measures";

    public void Configure(EntityTypeBuilder<CostMeasureEntry> entry)
    {
        entry.ToTable(Table);
        entry.HasKey(e => new { e.Year, e.Activity });
        entry.Property(e => e.Year).HasColumnName("year");
        entry.Property(e => e.Activity).HasColumnName("activity").HasMaxLength(200);
        entry.Property(e => e.Status).HasColumnName("status");
        entry.Property(e => e.GainUnit).HasColumnName("gain_unit").HasMaxLength(16)
            .HasConversion(unit => unit.ToText(), code => GainUnitCodes.Parse(code));
        entry.Property(e => e.GainLow).HasColumnName("gain_low").HasColumnType("numeric(18,2)");
        entry.Property(e => e.GainHigh).HasColumnName("gain_high").HasColumnType("numeric(18,2)");
        entry.Property(e => e.GainLowBasisPoints).HasColumnName("gain_low_basis_points");
        entry.Property(e => e.GainHighBasisPoints).HasColumnName("gain_high_basis_points");
        entry.Property(e => e.GainPercentOf).HasColumnName("gain_percent_of").HasColumnType("numeric(18,2)");
        entry.Property(e => e.NextStep).HasColumnName("next_step");
        entry.Property(e => e.Position).HasColumnName("position");
    }
}
