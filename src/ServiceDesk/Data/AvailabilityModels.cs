using Hemit.BuildingBlocks.Naming;
using Hemit.ServiceDesk.Availability;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.ServiceDesk.Data;

internal sealed class ServiceLevelModel : IEntityTypeConfiguration<ServiceLevelEntry>
{
    public void Configure(EntityTypeBuilder<ServiceLevelEntry> entry)
    {
        entry.ToTable("service_levels", table => table.HasCheckConstraint("ck_service_levels_level", "level BETWEEN 1 AND 3"));
        entry.HasKey(e => e.Service);
        entry.Property(e => e.Service).HasColumnName("service").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Property(e => e.Level).HasColumnName("level");
    }
}

internal sealed class MaintenanceWindowModel : IEntityTypeConfiguration<MaintenanceWindowEntry>
{
    public void Configure(EntityTypeBuilder<MaintenanceWindowEntry> entry)
    {
        entry.ToTable("maintenance_windows", table => table.HasCheckConstraint("ck_maintenance_windows_order", "window_end > window_start"));
        entry.HasKey(e => new { e.Service, e.Weekday, e.Start });
        entry.Property(e => e.Service).HasColumnName("service").HasMaxLength(NameRule.DefaultMaxLength);
        // ISO weekday, 1 = Monday … 7 = Sunday.
        entry.Property(e => e.Weekday).HasColumnName("weekday")
            .HasConversion(day => day == DayOfWeek.Sunday ? 7 : (int)day, iso => iso == 7 ? DayOfWeek.Sunday : (DayOfWeek)iso);
        entry.Property(e => e.Start).HasColumnName("window_start");
        entry.Property(e => e.End).HasColumnName("window_end");
    }
}

internal sealed class DowntimeModel : IEntityTypeConfiguration<DowntimeEntry>
{
    public void Configure(EntityTypeBuilder<DowntimeEntry> entry)
    {
        entry.ToTable("downtime", table => table.HasCheckConstraint("ck_downtime_order", "\"end\" > start"));
        entry.HasKey(e => new { e.Service, e.Start });
        entry.Property(e => e.Service).HasColumnName("service").HasMaxLength(NameRule.DefaultMaxLength);
        // UTC timestamptz; the bulk upsert sends and reads back DateTime (UTC) for the key.
        entry.Property(e => e.Start).HasColumnName("start")
            .HasConversion(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
        entry.Property(e => e.End).HasColumnName("end")
            .HasConversion(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
        entry.Property(e => e.Planned).HasColumnName("planned");
        entry.Property(e => e.Description).HasColumnName("description").HasMaxLength(2000);
        entry.Property(e => e.OutsideHemit).HasColumnName("outside_hemit");
    }
}
