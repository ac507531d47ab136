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
    private readonly ILogger<AuditTrailWriter<TContext>> _logger;
    private readonly GroupCommit<AuditEntry> _entries;

    public AuditTrailWriter(IServiceScopeFactory scopes, ILogger<AuditTrailWriter<TContext>> logger)
    {
        _scopes = scopes;
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
            // Its own scope and statement: a refused call (rolled back) is audited all the same. One INSERT of the whole
            // batch, committed on its own: EF's SaveChanges would send BEGIN, an INSERT … RETURNING id and a COMMIT for
            // ids nobody reads, and under audited reads that was most of what each read cost beyond the report itself.
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(batch, (batch, ct) => InsertAsync(db, batch, ct), CancellationToken.None);
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

    private static async Task<int> InsertAsync(TContext db, IReadOnlyList<AuditEntry> batch, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
            command.CommandText = InsertSql;
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]> { TypedValue = [.. batch.Select(e => e.At)] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Caller)] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Client)] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Method)] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Keys)] });
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(e => e.Outcome)] });
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private const string InsertSql = $"""
        INSERT INTO {AuditModel.Table} (at, caller, client, method, keys, outcome)
        SELECT * FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
        """;

    [LoggerMessage(LogLevel.Error, "The audit entry for {Method} by {Caller} ({Outcome}) could not be written")]
    private partial void LogNotWritten(Exception exception, string method, string caller, string outcome);
}
