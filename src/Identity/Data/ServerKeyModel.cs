using Hemit.Identity.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.Identity.Data;

internal sealed class ServerKeyModel : IEntityTypeConfiguration<ServerKey>
{
    public void Configure(EntityTypeBuilder<ServerKey> entry)
    {
        entry.ToTable("server_keys");
        entry.HasKey(k => k.Purpose);
        entry.Property(k => k.Purpose).HasColumnName("purpose").HasConversion<string>().HasMaxLength(20);
        entry.Property(k => k.Pkcs12).HasColumnName("pkcs12");
        entry.Property(k => k.Thumbprint).HasColumnName("thumbprint").HasMaxLength(64);
        entry.Property(k => k.CreatedAt).HasColumnName("created_at");
        entry.Property(k => k.NotAfter).HasColumnName("not_after");
    }
}
