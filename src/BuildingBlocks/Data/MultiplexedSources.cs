using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hemit.BuildingBlocks.Data;

/// <summary>
/// For each context, a multiplexed Npgsql data source on its database, for the statements made on every call that
/// leave nothing in a session (the report version's read, the audit trail's insert). Through the context's own pool
/// each would open an EF connection and have PostgreSQL reset the session (DISCARD ALL) first; multiplexed, the
/// statements of concurrent calls go together over a few connections that are never handed out, so never reset.
/// The context's connection string, so the same database and credentials; traced as every Npgsql command is.
/// </summary>
public sealed class MultiplexedSources(IServiceScopeFactory scopes) : IDisposable
{
    /// <summary>Connections each database's multiplexed statements may hold: a few carry them all.</summary>
    private const int Connections = 4;

    private readonly ConcurrentDictionary<Type, NpgsqlDataSource> _sources = new();

    public NpgsqlDataSource For<TContext>() where TContext : DbContext =>
        _sources.GetOrAdd(typeof(TContext), _ =>
        {
            using var scope = scopes.CreateScope();
            var connectionString = scope.ServiceProvider.GetRequiredService<TContext>().Database.GetConnectionString()
                ?? throw new InvalidOperationException($"{typeof(TContext).Name} has no connection string");
            var builder = new NpgsqlDataSourceBuilder(connectionString);
            builder.ConnectionStringBuilder.Multiplexing = true;
            builder.ConnectionStringBuilder.MaxPoolSize = Connections;
            return builder.Build();
        });

    public void Dispose()
    {
        foreach (var source in _sources.Values)
        {
            source.Dispose();
        }
    }
}
