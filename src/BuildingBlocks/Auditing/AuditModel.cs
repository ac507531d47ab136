using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Hemit.BuildingBlocks.Auditing;

public static class AuditModel
{
    public const string Table = "audit_log";

    /// <summary>Adds the audit trail's table to a service's own model (and so to its migrations).</summary>
    public static ModelBuilder AddAuditTrail(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable(Table);
            audit.HasKey(e => e.Id);
            audit.Property(e => e.Id).HasColumnName("id").UseIdentityAlwaysColumn();
            audit.Property(e => e.At).HasColumnName("at");
            audit.Property(e => e.Caller).HasColumnName("caller").HasMaxLength(256);
            audit.Property(e => e.Client).HasColumnName("client").HasMaxLength(256);
            audit.Property(e => e.Method).HasColumnName("method").HasMaxLength(256);
            audit.Property(e => e.Keys).HasColumnName("keys").HasMaxLength(1024);
            audit.Property(e => e.Outcome).HasColumnName("outcome").HasMaxLength(64);
            audit.HasIndex(e => e.At).HasDatabaseName("ix_audit_log_at");
        });
        return modelBuilder;
    }

    /// <summary>The table refuses to change or lose a row, whoever asks (the service's own account included).</summary>
    public const string AppendOnlySql = """
        CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
        END $$;
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
            FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
        """;

    /// <summary>Called from the migration that creates <see cref="Table"/>, after it.</summary>
    public static void MakeAuditTrailAppendOnly(this MigrationBuilder migrationBuilder) => migrationBuilder.Sql(AppendOnlySql);

    /// <summary>Undoes <see cref="MakeAuditTrailAppendOnly"/> after the table is dropped (its trigger went with it).</summary>
    public static void RemoveAuditTrailFunction(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_log_refuse_change();");
}
