using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.PeriodClosing;

public static class PeriodClosingModel
{
    /// <summary>The months this service has closed (one row while a month is closed) and every reopening.</summary>
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

        modelBuilder.Entity<PeriodReopening>(reopening =>
        {
            reopening.ToTable("period_reopenings");
            reopening.HasKey(r => r.Id);
            reopening.Property(r => r.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            reopening.Property(r => r.Year).HasColumnName("year");
            reopening.Property(r => r.Month).HasColumnName("month");
            reopening.Property(r => r.ClosedAt).HasColumnName("closed_at");
            reopening.Property(r => r.ReopenedAt).HasColumnName("reopened_at");
            reopening.Property(r => r.ReopenedBy).HasColumnName("reopened_by").HasMaxLength(PeriodCloser.MaxReopenedByLength);
            reopening.Property(r => r.Reason).HasColumnName("reason").HasMaxLength(PeriodCloser.MaxReasonLength);
            reopening.HasIndex(r => new { r.Year, r.Month });
        });
        return modelBuilder;
    }
}
