using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.PeriodClosing;

public static class PeriodClosingModel
{
    public static ModelBuilder AddClosedPeriods(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ClosedPeriod>(closed =>
        {
            closed.ToTable("closed_periods");
            closed.HasKey(p => new { p.Year, p.Month });
            closed.Property(p => p.Year).HasColumnName("year");
            closed.Property(p => p.Month).HasColumnName("month");
            closed.Property(p => p.ClosedAt).HasColumnName("closed_at");
        });
        return modelBuilder;
    }
}
