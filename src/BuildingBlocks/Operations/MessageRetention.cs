using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.Inbox;
using Hemit.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hemit.BuildingBlocks.Operations;

/// <summary>
/// Keeps the outbox and inbox tables from growing forever: published outbox rows and handled-message records older
/// than their retention (<see cref="MessagingOptions"/>) are removed every sweep interval.
/// </summary>
public sealed class MessageRetention<TContext>(
    IServiceScopeFactory scopes,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    ILogger<MessageRetention<TContext>> logger) : BackgroundService where TContext : DbContext
{
    /// <summary>The first sweep waits this long (or the sweep interval, if shorter): start-up is busy enough.</summary>
    public static readonly TimeSpan FirstSweepAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = options.Value.RetentionSweepInterval < FirstSweepAfter ? options.Value.RetentionSweepInterval : FirstSweepAfter;
        while (true)
        {
            try
            {
                await Task.Delay(pause, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A database away now is no reason to stop the service; the next sweep tries again.
                logger.LogWarning(exception, "Outbox and inbox retention sweep failed; trying again at the next sweep");
            }

            pause = options.Value.RetentionSweepInterval;
        }
    }

    /// <summary>Removes what is past retention now; returns the outbox rows and inbox records removed.</summary>
    public async Task<(int Outbox, int Inbox)> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = time.GetUtcNow();
        var publishedBefore = now - options.Value.OutboxRetention;
        var receivedBefore = now - options.Value.InboxRetention;

        var outbox = await db.Set<OutboxMessage>()
            .Where(m => m.PublishedAt != null && m.PublishedAt < publishedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        var inbox = await db.Set<InboxMessage>()
            .Where(m => m.ReceivedAt < receivedBefore)
            .ExecuteDeleteAsync(cancellationToken);
        if (outbox + inbox > 0)
        {
            logger.LogInformation("Retention removed {Outbox} published outbox rows and {Inbox} inbox records", outbox, inbox);
        }

        return (outbox, inbox);
    }
}
