using System.Diagnostics;
using Hemit.BuildingBlocks.Bus;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hemit.BuildingBlocks.Outbox;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ and marks them published. At-least-once: a crash between publish
/// and mark publishes again, which the consumers' inbox absorbs. While the broker is down rows simply wait.
/// Rows are claimed with session advisory locks, not row locks in a transaction, so nothing in the table stays locked
/// while the broker is asked, and several replicas relay side by side.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private const int BatchSize = 100;

    /// <summary>How many batches deep a worker looks past rows other workers hold.</summary>
    private const int ClaimDepth = 4;

    /// <summary>Rows that cannot even be read back (a type that no longer exists) stop being tried after this.</summary>
    internal const int MaxUnreadableAttempts = 5;

    /// <summary>The first key of the relay's advisory locks (the second is the row's id hashed), apart from the month locks.</summary>
    private const int ClaimNamespace = (int)Hemit.BuildingBlocks.Data.LockSpace.OutboxClaim;

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly ActivitySource Source = new(Extensions.PlatformTelemetryName);

    /// <summary>
    /// Several workers relay side by side, as replicas do, so one batch's claim and mark overlap another's publishing
    /// instead of the broker waiting for the database and the other way round.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, options.Value.OutboxRelayWorkers)).Select(_ => RelayAsync(stoppingToken)));

    private async Task RelayAsync(CancellationToken stoppingToken)
    {
        var consecutiveFailures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var moreWaiting = await RelayBatchAsync(stoppingToken);
                consecutiveFailures = 0;
                if (!moreWaiting)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                consecutiveFailures++;
                var delay = Backoff(consecutiveFailures);
                logger.LogWarning(exception, "Outbox relay could not publish; trying again in {Delay}", delay);
                await Task.Delay(delay, time, stoppingToken);
            }
        }
    }

    internal static TimeSpan Backoff(int consecutiveFailures)
    {
        var seconds = Math.Pow(2, Math.Min(consecutiveFailures - 1, 10));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }

    private async Task<bool> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var bus = scope.ServiceProvider.GetRequiredService<IBus>();

        // One connection for the batch: the advisory locks below belong to its session. No transaction is held while
        // the broker is asked, so no row stays locked across broker round trips; each row's mark is its own statement.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await RelayBatchAsync(db, bus, cancellationToken);
        }
        finally
        {
            await ReleaseClaimsAsync(db);
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<bool> RelayBatchAsync(TContext db, IBus bus, CancellationToken cancellationToken)
    {
        var batch = await ClaimBatchAsync(db, cancellationToken);
        if (batch.Count == 0)
        {
            return false;
        }

        if (batch.Count == BatchSize)
        {
            // More are likely waiting: wake an idle worker to claim the next batch while this one publishes.
            signal.Notify();
        }

        var readable = new List<(OutboxMessage Row, object Event)>(batch.Count);
        foreach (var message in batch)
        {
            try
            {
                readable.Add((message, OutboxSerializer.Deserialize(message)));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Outbox message {MessageId} cannot be read back", message.Id);
                await db.Set<OutboxMessage>().Where(m => m.Id == message.Id).ExecuteUpdateAsync(row => row
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, exception.Message), cancellationToken);
            }
        }

        // The whole batch at once: the broker confirms the publishes together, instead of one round trip (and one
        // UPDATE) per row. Order within a batch is not kept; every consumer is indifferent to it (each event carries
        // its own time, and governance's month state is worked out from those times), and the inbox absorbs repeats.
        var outcomes = await Task.WhenAll(readable.Select(async row =>
        {
            try
            {
                await PublishAsync(bus, row.Row, row.Event, cancellationToken);
                return (row.Row.Id, Failure: (Exception?)null);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                return (row.Row.Id, Failure: exception);
            }
        }));

        // At-least-once: should this mark be lost, the rows are published again and the consumers' inboxes absorb them.
        var published = outcomes.Where(o => o.Failure is null).Select(o => o.Id).ToList();
        if (published.Count > 0)
        {
            var publishedAt = time.GetUtcNow();
            await db.Set<OutboxMessage>().Where(m => published.Contains(m.Id)).ExecuteUpdateAsync(row => row
                .SetProperty(m => m.PublishedAt, publishedAt)
                .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);
        }

        var refused = outcomes.Where(o => o.Failure is not null).ToList();
        if (refused.Count > 0)
        {
            var reason = refused[0].Failure!;
            var refusedIds = refused.Select(o => o.Id).ToList();
            await db.Set<OutboxMessage>().Where(m => refusedIds.Contains(m.Id))
                .ExecuteUpdateAsync(row => row.SetProperty(m => m.LastError, reason.Message), CancellationToken.None);
            throw new InvalidOperationException($"The message broker did not accept {refused.Count} of {readable.Count} outbox messages.", reason);
        }

        return batch.Count == BatchSize;
    }

    /// <summary>
    /// The oldest unpublished rows this worker may publish now: each claimed with a session advisory lock, so several
    /// workers and replicas relay side by side without publishing the same row twice (rows another holds are passed
    /// over, up to a few batches deep), and read again after the claim, so a row published meanwhile is left out.
    /// </summary>
    private static async Task<List<OutboxMessage>> ClaimBatchAsync(TContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        // The LIMIT inside keeps the locking to the oldest rows (PostgreSQL neither flattens a subquery with a LIMIT nor
        // pushes a volatile condition into it); the LIMIT outside stops taking locks once a batch is claimed.
        var claimed = await db.Database.SqlQuery<Guid>($"""
            SELECT id AS "Value" FROM (
                SELECT id FROM outbox_messages
                WHERE published_at IS NULL AND attempts < {MaxUnreadableAttempts}
                ORDER BY occurred_at LIMIT {BatchSize * ClaimDepth}) AS candidate
            WHERE pg_try_advisory_lock({ClaimNamespace}, hashtext(id::text))
            LIMIT {BatchSize}
            """).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return [];
        }

        return await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => claimed.Contains(m.Id) && m.PublishedAt == null)
            .OrderBy(m => m.OccurredAt)
            .ToListAsync(cancellationToken);
    }

    private async Task ReleaseClaimsAsync(TContext db)
    {
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock_all()");
        }
        catch (Exception exception)
        {
            // A broken connection has lost its session, and its locks with it.
            logger.LogDebug(exception, "Releasing outbox claims failed; the session's end released them");
        }
    }

    private static async Task PublishAsync(IBus bus, OutboxMessage message, object integrationEvent, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, null, out var causingRequest);
        using var activity = Source.StartActivity($"outbox publish {integrationEvent.GetType().Name}", ActivityKind.Internal, causingRequest);
        activity?.SetTag("messaging.message.id", message.Id);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(PublishTimeout);
        await bus.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = message.Id, timeout.Token);
    }
}
