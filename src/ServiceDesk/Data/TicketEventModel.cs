using Hemit.BuildingBlocks.Naming;
using Hemit.ServiceDesk.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.ServiceDesk.Data;

internal sealed class TicketEventModel : IEntityTypeConfiguration<TicketEventEntry>
{
    public const int TicketIdMaxLength = 64;

    public void Configure(EntityTypeBuilder<TicketEventEntry> entry)
    {
        entry.ToTable("ticket_events", table => table.HasCheckConstraint("ck_ticket_events_priority", "priority IS NULL OR priority BETWEEN 1 AND 4"));
        entry.HasKey(e => new { e.TicketId, e.OccurredAt, e.Event });
        entry.Property(e => e.TicketId).HasColumnName("ticket_id").HasMaxLength(TicketIdMaxLength);
        // Stored as UTC timestamptz; the bulk upsert sends and reads back DateTime (UTC) for the key.
        entry.Property(e => e.OccurredAt).HasColumnName("occurred_at")
            .HasConversion(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
        entry.Property(e => e.Event).HasColumnName("event").HasMaxLength(32)
            .HasConversion(kind => kind.ToCode(), code => TicketCodes.ParseEventKind(code));
        entry.Property(e => e.Type).HasColumnName("type").HasMaxLength(16)
            .HasConversion(type => type!.Value.ToCode(), code => TicketCodes.ParseType(code));
        entry.Property(e => e.Priority).HasColumnName("priority");
        entry.Property(e => e.Service).HasColumnName("service").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Property(e => e.Responsible).HasColumnName("responsible").HasMaxLength(NameRule.DefaultMaxLength);
        entry.Property(e => e.FirstLineResolved).HasColumnName("first_line_resolved");
        // The month report reads a month's events by time.
        entry.HasIndex(e => e.OccurredAt).HasDatabaseName("ix_ticket_events_occurred_at");
    }
}
