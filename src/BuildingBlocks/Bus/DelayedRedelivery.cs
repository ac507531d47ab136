using System.Text;
using MassTransit;
using MassTransit.RabbitMqTransport;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Hemit.BuildingBlocks.Bus;

/// <summary>
/// Durable delayed redelivery on plain RabbitMQ: a message whose immediate retries are spent is parked in a delay
/// queue (<c>&lt;queue&gt;_delay_&lt;seconds&gt;s</c>, durable, with a fixed time-to-live) whose dead-letter route is
/// the consumer's own queue, so the broker hands it back after the pause, even across a broker or service restart.
/// After the last pause the failure goes on to MassTransit's <c>_error</c> queue. MassTransit's own delayed
/// redelivery needs RabbitMQ's delayed-message plugin, which Debian's RabbitMQ does not ship; a queue per pause
/// (not a time-to-live per message) because RabbitMQ only expires messages at the head of a queue.
/// </summary>
public sealed class DelayedRedelivery(string queue, IReadOnlyList<TimeSpan> delays, ILogger logger) : IFilter<ConsumeContext>
{
    /// <summary>How many times the message was parked already; it travels with the message, as MassTransit's headers do.</summary>
    public const string CountHeader = "Hemit-Redelivery-Count";

    private const string ReasonHeader = "Hemit-Redelivery-Reason";

    public static string DelayQueue(string queue, TimeSpan delay) => $"{queue}_delay_{(long)delay.TotalSeconds}s";

    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            if (!context.ReceiveContext.TryGetPayload<RabbitMqBasicConsumeContext>(out var delivery)
                || TimesParked(delivery) is var parked && parked >= delays.Count
                || !await TryParkAsync(context, delivery, parked, exception))
            {
                throw;
            }
        }
    }

    /// <summary>The count this filter set when it last parked the message (an AMQP integer), or 0.</summary>
    private static int TimesParked(RabbitMqBasicConsumeContext delivery) =>
        delivery.Properties.Headers?.TryGetValue(CountHeader, out var count) == true
            ? count switch
            {
                int n => n,
                long n => (int)n,
                byte[] text when int.TryParse(Encoding.UTF8.GetString(text), out var n) => n,
                _ => 0,
            }
            : 0;

    private async Task<bool> TryParkAsync(ConsumeContext context, RabbitMqBasicConsumeContext delivery, int parked, Exception failure)
    {
        if (!context.ReceiveContext.TryGetPayload<ChannelContext>(out var channel))
        {
            return false;
        }

        var delay = delays[parked];
        var delayQueue = DelayQueue(queue, delay);
        try
        {
            await channel.QueueDeclare(delayQueue, durable: true, exclusive: false, autoDelete: false, new Dictionary<string, object>
            {
                ["x-message-ttl"] = (long)delay.TotalMilliseconds,
                ["x-dead-letter-exchange"] = "",
                ["x-dead-letter-routing-key"] = queue,
            }, context.CancellationToken);
            var headers = delivery.Properties.Headers is { } existing ? new Dictionary<string, object?>(existing) : [];
            headers[CountHeader] = parked + 1;
            headers[ReasonHeader] = Encoding.UTF8.GetBytes($"{failure.GetType().Name}: {failure.Message}");
            var properties = new BasicProperties(delivery.Properties) { Headers = headers, Persistent = true };
            // Awaits the broker's confirm: only then is the message taken off the consumer's queue.
            await channel.BasicPublishAsync("", delayQueue, mandatory: true, properties, context.ReceiveContext.Body.GetBytes(), awaitAck: true,
                context.CancellationToken);
        }
        catch (Exception parking) when (parking is not OperationCanceledException)
        {
            logger.LogError(parking, "Message {MessageId} could not be parked for redelivery; it goes to the error queue", context.MessageId);
            return false;
        }

        logger.LogWarning(failure, "Message {MessageId} failed after its retries; redelivery {Attempt} of {Attempts} in {Delay} (queue {DelayQueue})",
            context.MessageId, parked + 1, delays.Count, delay, delayQueue);
        return true;
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("delayedRedelivery");
}
