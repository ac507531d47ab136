using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// A service's own database: Aspire's client integration (<c>AddNpgsqlDbContext</c>: pooling, health check,
/// tracing, metrics, retries) on <c>ConnectionStrings:{name}</c>, plus migrations applied at start-up.
/// </summary>
public static class DatabaseExtensions
{
    /// <summary>
    /// <c>Database:MigrateOnly=true</c>: bring the schema up to date and exit once started, instead of serving: the same
    /// image run as the deployment's migration Job (deploy/), before the new version's pods start.
    /// </summary>
    public const string MigrateOnlyKey = "Database:MigrateOnly";

    public const int DatabaseRetries = 4;

    /// <summary>The first key of the PostgreSQL advisory lock migrations are applied under (the second: the context's name).</summary>
    public const int MigrationLockSpace = 0x4D4947; // "MIG"

    public static readonly TimeSpan MaxDatabaseRetryDelay = TimeSpan.FromSeconds(2);

    public static TBuilder AddServiceDatabase<TBuilder, TContext>(this TBuilder builder, string connectionName)
        where TBuilder : IHostApplicationBuilder
        where TContext : DbContext
    {
        // Retries are on: every explicit transaction runs inside the execution strategy (see BuildingBlocks). They are
        // kept short (a few seconds in all) to ride out a blip: a longer outage fails the call, whose caller retries
        // (an integration system, or a consumer's message retries), instead of holding it for minutes.
        builder.AddNpgsqlDbContext<TContext>(connectionName, configureDbContextOptions: options =>
            options.UseNpgsql(npgsql => npgsql.EnableRetryOnFailure(
                maxRetryCount: DatabaseRetries, maxRetryDelay: MaxDatabaseRetryDelay, errorCodesToAdd: null)));
        builder.Services.AddHostedService<MigrateOnStartup<TContext>>();
        return builder;
    }
}

/// <summary>
/// Brings the schema up to date before the service takes requests, so a fresh database needs no manual step. Replicas
/// start at once, so it holds a PostgreSQL advisory lock while it migrates: one replica migrates, the others wait and
/// then find nothing left to do. EF Core's own migration lock does not cover this on PostgreSQL (three replicas on a
/// fresh database failed with "relation … already exists" without it).
/// </summary>
internal sealed class MigrateOnStartup<TContext>(
    IServiceProvider services, IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<MigrateOnStartup<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    private static readonly ActivitySource Source = new(Extensions.PlatformTelemetryName);
    private static readonly TimeSpan MigrationTimeout = TimeSpan.FromMinutes(10);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        using var activity = Source.StartActivity($"Migrate {typeof(TContext).Name}");
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        // One connection for the whole migration: the lock belongs to its session, and ends with it should it break.
        // The replicas that wait, wait as long as the first one migrates, beyond the usual 30 s of a command.
        context.Database.SetCommandTimeout(MigrationTimeout);
        await context.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await context.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_lock({DatabaseExtensions.MigrationLockSpace}, hashtext({typeof(TContext).Name}))", cancellationToken);
            // Without the history table, MigrateAsync first reads it anyway and logs that failed query as an error on
            // every fresh database; creating it first (EF's own statement) keeps a clean start free of false alarms.
            await context.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await context.Database.MigrateAsync(cancellationToken);
            await context.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_unlock({DatabaseExtensions.MigrationLockSpace}, hashtext({typeof(TContext).Name}))", cancellationToken);
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }

        logger.LogInformation("{Context} schema is up to date", typeof(TContext).Name);
        if (configuration.GetValue<bool>(DatabaseExtensions.MigrateOnlyKey))
        {
            // After every hosted service started, i.e. after every migration of this service: exit 0.
            lifetime.ApplicationStarted.Register(lifetime.StopApplication);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
