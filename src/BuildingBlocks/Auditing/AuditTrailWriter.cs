using Hemit.BuildingBlocks.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Hemit.BuildingBlocks.Auditing;

/// <summary>
/// Writes audit entries with a group commit (<see cref="GroupCommit{TItem}"/>): each call still waits until its own
/// entry has committed, but the entries of calls that arrive while one batch is being written go together in the next
/// INSERT and commit. Under 32 concurrent audited reads that is one commit per batch instead of one per read.
/// </summary>
public sealed partial class AuditTrailWriter<TContext> : IAsyncDisposable where TContext : DbContext
{
    private readonly IServiceScopeFactory _scopes;
    private readonly MultiplexedSources _sources;
    private readonly ILogger<AuditTrailWriter<TContext>> _logger;
    private readonly GroupCommit<AuditEntry> _entries;

    public AuditTrailWriter(IServiceScopeFactory scopes, MultiplexedSources sources, ILogger<AuditTrailWriter<TContext>> logger)
    {
        _scopes = scopes;
        _sources = sources;
        _logger = logger;
        _entries = new GroupCommit<AuditEntry>(WriteBatchAsync, maxBatch: 256);
    }

    /// <summary>Completes when <paramref name="entry"/> has committed, or its failure has been logged.</summary>
    public Task WriteAsync(AuditEntry entry) => _entries.CommitAsync(entry);

    public ValueTask DisposeAsync() => _entries.DisposeAsync();

    private async Task<IReadOnlyList<Exception?>> WriteBatchAsync(IReadOnlyList<AuditEntry> batch)
    {
        try
        {
            // Its own statement, committed on its own: a refused call (rolled back) is audited all the same. One INSERT
            // of the whole batch over the database's multiplexed source: EF's SaveChanges would send BEGIN, an INSERT …
            // RETURNING id and a COMMIT for ids nobody reads, on a pooled connection reset first. The context's retry
            // policy still applies.
            await using var scope = _scopes.CreateAsyncScope();
            var strategy = scope.ServiceProvider.GetRequiredService<TContext>().Database.CreateExecutionStrategy();
            var source = _sources.For<TContext>();
            await strategy.ExecuteAsync((source, batch), (state, ct) => InsertAsync(state.source, state.batch, ct), CancellationToken.None);
        }
        catch (Exception exception)
        {
            // The call it records has been served; a trail that cannot be written is an operator's alarm, not the caller's error.
            foreach (var entry in batch)
            {
                LogNotWritten(exception, entry.Method, entry.Caller, entry.Outcome);
            }
        }

        return new Exception?[batch.Count];
    }

    private static async Task<int> InsertAsync(NpgsqlDataSource source, IReadOnlyList<AuditEntry> batch, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. batch.Select(e => e.At)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Caller)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Client)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Method)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Keys)] });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Outcome)] });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private const string InsertSql = $"""
        INSERT INTO {AuditModel.Table} (at, caller, client, method, keys, outcome)
        SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
        """;

    [LoggerMessage(LogLevel.Error, "The audit entry for {Method} by {Caller} ({Outcome}) could not be written")]
    private partial void LogNotWritten(Exception exception, string method, string caller, string outcome);
}
