using Hemit.BuildingBlocks.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Portal.Data;

/// <summary>
/// The portal's own database (portaldb), holding only the data-protection keys that encrypt the sign-in cookie, the
/// OpenID Connect correlation cookies and the antiforgery tokens: every replica reads the one key ring, so a cookie
/// one replica wrote is read by the next, on one machine or across Kubernetes nodes.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string DatabaseName = "portaldb";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
}

internal sealed class PortalDbContextFactory : DesignTimeDbContextFactory<PortalDbContext>;
