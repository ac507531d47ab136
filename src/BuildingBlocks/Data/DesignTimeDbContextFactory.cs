using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Hemit.BuildingBlocks.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a service's DbContext without starting the service
/// (no database is contacted while generating a migration).
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext> where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design_time").Options;
        return (TContext)Activator.CreateInstance(typeof(TContext), options)!;
    }
}
