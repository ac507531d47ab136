using Hemit.Identity.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hemit.Identity.Data;

internal sealed class PersonModel : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> entry)
    {
        entry.ToTable("people", table => table.HasCheckConstraint("ck_people_failed_sign_ins", "failed_sign_ins >= 0"));
        entry.HasKey(p => p.Id);
        entry.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        entry.Property(p => p.UserName).HasColumnName("user_name").HasMaxLength(100);
        entry.Property(p => p.NormalizedUserName).HasColumnName("normalized_user_name").HasMaxLength(100);
        entry.HasIndex(p => p.NormalizedUserName).IsUnique();
        entry.Property(p => p.DisplayName).HasColumnName("display_name").HasMaxLength(200);
        entry.Property(p => p.PasswordHash).HasColumnName("password_hash").HasMaxLength(500);
        entry.Property(p => p.Roles).HasColumnName("roles");
        entry.Property(p => p.Active).HasColumnName("active");
        entry.Property(p => p.FailedSignIns).HasColumnName("failed_sign_ins");
        entry.Property(p => p.LockedUntil).HasColumnName("locked_until");
    }
}
