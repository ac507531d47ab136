namespace Hemit.BuildingBlocks.Bus;

/// <summary>
/// How a service's messaging behaves under faults, from the <c>Messaging</c> configuration section
/// (e.g. <c>Messaging__RetryIntervals__0=00:00:01</c>, <c>Messaging__OutboxRetention=7.00:00:00</c>).
/// </summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>
    /// Pauses between a consumer's attempts at one message; after the last it is parked for redelivery
    /// (<see cref="RedeliveryDelays"/>), and after those it goes to the consumer's error queue (<c>hemit ops failed</c>).
    /// The default rides out about half a minute of a database or dependency being away.
    /// </summary>
    public TimeSpan[] RetryIntervals { get; set; } =
        [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15)];

    /// <summary>
    /// Once the retries are spent, the message is parked on the broker and handed back after each of these pauses in
    /// turn (a database restart, a dependency's deployment); after the last it goes to the error queue. Empty: straight
    /// to the error queue.
    /// </summary>
    public TimeSpan[] RedeliveryDelays { get; set; } =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)];

    /// <summary>
    /// Messages a receive endpoint works on at once (its prefetch and concurrency limit). Those that arrive together are
    /// handled in one transaction, so more in hand means fewer commits under a burst. MassTransit's default is twice the
    /// cores.
    /// </summary>
    public int ConcurrentMessages { get; set; } = 32;

    /// <summary>
    /// Relay workers per service instance: each claims, publishes and marks its own batches, so one batch's database
    /// work overlaps another's publishing.
    /// </summary>
    public int OutboxRelayWorkers { get; set; } = 2;

    /// <summary>Published outbox rows are removed after this; unpublished rows are never removed.</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// Handled-message records are removed after this. It must outlast any redelivery of the same message (a retry
    /// from the error queue included), or that message would be handled twice.
    /// </summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the retention sweep runs.</summary>
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(1);
}
