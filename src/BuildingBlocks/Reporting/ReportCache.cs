using Hemit.BuildingBlocks.Auditing;
using Hemit.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hemit.BuildingBlocks.Reporting;

/// <summary>
/// A report computed from a service's own rows is kept in memory and given again until any of those rows change, so
/// the board reading the same month many times costs one computation (the month report replays every ticket's events).
/// <para>
/// What "changed" means lives in the database, so every replica agrees: each table of the service's model (bar the
/// outbox, inbox and audit trail) bumps the sequence <c>report_inputs_version</c> on every write statement
/// (<see cref="ReportInputsTracking{TContext}"/>). A report is kept under the version read before it was computed. A
/// write that has bumped the version but not yet committed would leave the report computed without it under the new
/// version, so nothing is kept while any transaction that has written to this database is in flight: the version is read first,
/// and the writing transactions afterwards; a writer that bumped before the first is either committed by the second
/// (and so read by the computation, which comes later) or still listed in it. Such reads are computed, not kept.
/// </para>
/// </summary>
public sealed class ReportCache(IServiceScopeFactory scopes, MultiplexedSources sources) : IDisposable
{
    /// <summary>Reports kept at most; beyond it the least recently read go first. Old versions are never read again.</summary>
    public const int MaxKept = 512;

    /// <summary>How long a report nobody reads stays in memory.</summary>
    private static readonly TimeSpan KeptUnread = TimeSpan.FromMinutes(30);

    private const string VersionSql = $"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {ReportInputsTracking.Sequence}";

    /// <summary>Transactions of this database that have written something (so have an id) and not yet ended.</summary>
    private const string WritersInFlightSql =
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()";

    private readonly Lock _adding = new();
    private readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = MaxKept });

    public void Dispose() => _memory.Dispose();

    /// <summary>
    /// The report under <paramref name="key"/> (which must name every input of the request, e.g. <c>month-report/2021-12</c>),
    /// computed by <paramref name="compute"/> in a scope of its own, once for all callers asking at the same time.
    /// </summary>
    public async Task<TReport> GetOrComputeAsync<TContext, TReport>(
        string key, Func<IServiceProvider, CancellationToken, Task<TReport>> compute, CancellationToken cancellationToken)
        where TContext : DbContext
        where TReport : class
    {
        // Read on every call, so over the database's multiplexed source, not an EF connection from the context's pool.
        var versions = sources.For<TContext>();
        var version = await ScalarAsync(versions, VersionSql, cancellationToken);
        var cacheKey = (typeof(TContext), key, version);
        // A report kept under a version was complete when kept, so a hit needs only the version.
        if (_memory.TryGetValue(cacheKey, out Lazy<Task<TReport>>? kept))
        {
            return await AwaitAsync(kept!, cacheKey, cancellationToken);
        }

        // Writers are asked about only on a miss, after the version, in a later statement (see the class).
        if (await ScalarAsync(versions, WritersInFlightSql, cancellationToken) > 0)
        {
            return await ComputeAsync(compute, cancellationToken);
        }

        Lazy<Task<TReport>> pending;
        // GetOrCreate alone may run the factory twice for callers arriving together; the lock makes it once. It is
        // held only to find or add the entry, never while computing.
        lock (_adding)
        {
            pending = _memory.GetOrCreate(cacheKey, entry =>
            {
                entry.SlidingExpiration = KeptUnread;
                entry.Size = 1;
                // Not the first caller's token: the others wait for the same computation.
                return new Lazy<Task<TReport>>(() => ComputeAsync(compute, CancellationToken.None));
            })!;
        }

        return await AwaitAsync(pending, cacheKey, cancellationToken);
    }

    private async Task<TReport> AwaitAsync<TReport>(Lazy<Task<TReport>> pending, object cacheKey, CancellationToken cancellationToken)
    {
        try
        {
            return await pending.Value.WaitAsync(cancellationToken);
        }
        catch when (pending.Value.IsFaulted)
        {
            _memory.Remove(cacheKey);
            throw;
        }
    }

    private async Task<TReport> ComputeAsync<TReport>(Func<IServiceProvider, CancellationToken, Task<TReport>> compute, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await compute(scope.ServiceProvider, cancellationToken);
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource source, string sql, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

/// <summary>The database side of <see cref="ReportCache"/>: the version sequence and the triggers that bump it.</summary>
public static class ReportInputsTracking
{
    public const string Sequence = "report_inputs_version";
    public const string Trigger = "report_inputs_changed";

    /// <summary>Tables whose writes change no report: messaging plumbing and the audit trail.</summary>
    public static readonly IReadOnlySet<string> Untracked = new HashSet<string>(StringComparer.Ordinal)
    {
        MessagingModel.OutboxTable, MessagingModel.InboxTable, AuditModel.Table, "__EFMigrationsHistory",
    };

    /// <summary>The SQL that makes every write statement on <paramref name="tables"/> bump the version (idempotent).</summary>
    public static string Sql(IEnumerable<string> tables) =>
        $"""
        CREATE SEQUENCE IF NOT EXISTS {Sequence};
        CREATE OR REPLACE FUNCTION {Trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM nextval('{Sequence}');
            RETURN NULL;
        END $$;

        """ + string.Concat(tables.Select(table =>
            $"CREATE OR REPLACE TRIGGER {Trigger} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" " +
            $"FOR EACH STATEMENT EXECUTE FUNCTION {Trigger}();\n"));

    /// <summary>Registers <see cref="ReportCache"/> and, after the migrations, the triggers on every table of <typeparamref name="TContext"/>.</summary>
    public static IServiceCollection AddReportCache<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        services.TryAddSingleton<MultiplexedSources>();
        services.AddSingleton<ReportCache>();
        // Registered after AddServiceDatabase's migration step, so it starts after it.
        services.AddHostedService<ReportInputsTracking<TContext>>();
        return services;
    }
}

/// <summary>
/// At start-up, after the migrations: every table of the model bumps the version on each write statement, so a table
/// a later migration adds is tracked from the first start that knows it. Under the migration lock, so replicas
/// starting together do not replace the same trigger at once.
/// </summary>
internal sealed class ReportInputsTracking<TContext>(IServiceScopeFactory scopes, ILogger<ReportInputsTracking<TContext>> logger)
    : IHostedService where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var tables = db.Model.GetEntityTypes()
            .Where(entity => entity.GetViewName() is null && entity.GetTableName() is { } table && !ReportInputsTracking.Untracked.Contains(table))
            .Select(entity => entity.GetTableName()!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        // Advisory locks are per database, and each context has its own: one key is enough.
        await LockedTransaction.RunAsync(db, LockSpace.ReportInputs, [0], async ct =>
        {
            await db.Database.ExecuteSqlRawAsync(ReportInputsTracking.Sql(tables), ct);
            return tables.Count;
        }, cancellationToken);
        logger.LogInformation("Reports of {Context} follow writes to {Count} tables", typeof(TContext).Name, tables.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
