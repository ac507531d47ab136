using Hemit.BuildingBlocks.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Identity.Data;

/// <summary>
/// The identity service's own database (identitydb): OpenIddict's applications, scopes, authorizations and tokens,
/// the people who sign in, the token keys, and the data-protection keys behind the sign-in cookie and antiforgery
/// tokens (shared, so any replica reads another's cookie).
/// </summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IdentityDbContext).Assembly);
    }
}

internal sealed class IdentityDbContextFactory : DesignTimeDbContextFactory<IdentityDbContext>;
