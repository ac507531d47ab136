using Hemit.BuildingBlocks.Auditing;
using Hemit.BuildingBlocks;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.PeriodClosing;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.Data;

/// <summary>The finance service's own database (financedb); no other service reads it.</summary>
public sealed class FinanceDbContext(DbContextOptions<FinanceDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditTrail();
        modelBuilder.AddClosedPeriods();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FinanceDbContext).Assembly);
    }
}

internal sealed class FinanceDbContextFactory : DesignTimeDbContextFactory<FinanceDbContext>;
