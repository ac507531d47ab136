using Hemit.BuildingBlocks.Naming;
using Hemit.ServiceDesk.Phone;
using Hemit.ServiceDesk.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.ServiceDesk.Data;

internal sealed class CallIntervalModel : IEntityTypeConfiguration<CallIntervalEntry>
{
    public void Configure(EntityTypeBuilder<CallIntervalEntry> entry)
    {
        entry.ToTable("call_intervals", table => table.HasCheckConstraint("ck_call_intervals_non_negative", "answered >= 0 AND total_wait_seconds >= 0"));
        entry.HasKey(e => e.IntervalStart);
        // UTC timestamptz; the bulk upsert sends and reads back DateTime (UTC) for the key.
        entry.Property(e => e.IntervalStart).HasColumnName("interval_start")
            .HasConversion(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
        entry.Property(e => e.Answered).HasColumnName("answered");
        entry.Property(e => e.TotalWaitSeconds).HasColumnName("total_wait_seconds");
    }
}

internal sealed class ReleaseModel : IEntityTypeConfiguration<ReleaseEntry>
{
    public void Configure(EntityTypeBuilder<ReleaseEntry> entry)
    {
        entry.ToTable("releases");
        entry.HasKey(e => e.ReleaseId);
        entry.Property(e => e.ReleaseId).HasColumnName("release_id").HasMaxLength(64);
        entry.Property(e => e.Service).HasColumnName("service").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Property(e => e.PlannedDate).HasColumnName("planned_date");
        entry.Property(e => e.ActualDate).HasColumnName("actual_date");
    }
}
