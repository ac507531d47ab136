using System.Diagnostics;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hemit.BuildingBlocks.Outbox;

/// <summary>
/// Publishes committed outbox rows to RabbitMQ and marks them published. At-least-once: a crash between publish
/// and mark publishes again, which the consumers' inbox absorbs. While the broker is down rows simply wait.
/// </summary>
internal sealed class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    TimeProvider time,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService where TContext : DbContext
{
    private const int BatchSize = 100;

    /// <summary>Rows that cannot even be read back (a type that no longer exists) stop being tried after this.</summary>
    internal const int MaxUnreadableAttempts = 5;

    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly ActivitySource Source = new(Extensions.PlatformTelemetryName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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

        // Inside EF's execution strategy: a retrying strategy refuses a transaction begun outside it. A retried attempt
        // may publish a row again; consumers' inboxes absorb that, as they absorb every redelivery.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => RelayBatchAsync(db, bus, ct), cancellationToken);
    }

    private async Task<bool> RelayBatchAsync(TContext db, IBus bus, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // SKIP LOCKED lets several replicas relay side by side without publishing the same row twice.
        var batch = await db.Set<OutboxMessage>()
            .FromSql($"SELECT * FROM outbox_messages WHERE published_at IS NULL AND attempts < {MaxUnreadableAttempts} ORDER BY occurred_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return false;
        }

        Exception? publishFailure = null;
        foreach (var message in batch)
        {
            object integrationEvent;
            try
            {
                integrationEvent = OutboxSerializer.Deserialize(message);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = exception.Message;
                logger.LogError(exception, "Outbox message {MessageId} cannot be read back", message.Id);
                continue;
            }

            try
            {
                await PublishAsync(bus, message, integrationEvent, cancellationToken);
                message.PublishedAt = time.GetUtcNow();
                message.LastError = null;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Keep order: stop at the first row the broker did not take, and try again after a back-off.
                message.LastError = exception.Message;
                publishFailure = exception;
                break;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        if (publishFailure is not null)
        {
            throw new InvalidOperationException("The message broker did not accept an outbox message.", publishFailure);
        }

        return batch.Count == BatchSize;
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
