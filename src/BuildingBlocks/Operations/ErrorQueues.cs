using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Hemit.BuildingBlocks.Operations;

/// <summary>A message MassTransit moved to a consumer's <c>_error</c> queue after its retries, as read there.</summary>
public sealed record FailedMessageInfo(string MessageId, string MessageType, string Reason, string ExceptionType, DateTimeOffset? FailedAt);

/// <summary>
/// Reads and empties the error queues of this service's consumers on the broker (<c>&lt;queue&gt;_error</c>, where
/// MassTransit puts a message once its retries are spent). Reading takes messages without acknowledging them and
/// closes the channel, which returns them to the queue; sending back publishes a copy to the consumer's own queue
/// with publisher confirms before the error queue's copy is acknowledged, so a message is never lost on the way.
/// </summary>
public sealed class ErrorQueues(Uri broker, string service)
{
    public const string ErrorSuffix = "_error";

    /// <summary>The headers MassTransit adds when it moves a message to an error queue; removed when it is sent back.</summary>
    private const string FaultHeaderPrefix = "MT-Fault-";
    private const string ReasonHeader = "MT-Reason";

    /// <summary>
    /// The failed messages of <paramref name="queue"/> (at most <paramref name="limit"/> read), and how many wait parked in
    /// its <paramref name="delayQueues"/> (see DelayedRedelivery), over one connection.
    /// </summary>
    public async Task<(long Count, long Parked, IReadOnlyList<FailedMessageInfo> Messages)> PeekAsync(
        string queue, IEnumerable<string> delayQueues, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        var parked = 0L;
        foreach (var delayQueue in delayQueues)
        {
            parked += await CountAsync(connection, delayQueue, cancellationToken);
        }

        var count = await CountAsync(connection, queue + ErrorSuffix, cancellationToken);
        if (count == 0)
        {
            return (0, parked, []);
        }

        var messages = new List<FailedMessageInfo>();
        // Unacknowledged until the channel closes, so each message is read once and all go back in their order.
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken))
        {
            while (messages.Count < limit && await channel.BasicGetAsync(queue + ErrorSuffix, autoAck: false, cancellationToken) is { } delivery)
            {
                messages.Add(Describe(delivery));
            }
        }

        return (count, parked, messages);
    }

    /// <summary>Moves the failed messages of <paramref name="queue"/> (only <paramref name="messageIds"/> when given) back to it.</summary>
    public async Task<int> SendBackAsync(string queue, IReadOnlySet<string> messageIds, CancellationToken cancellationToken)
    {
        await using var connection = await ConnectAsync(cancellationToken);
        var waiting = await CountAsync(connection, queue + ErrorSuffix, cancellationToken);
        if (waiting == 0)
        {
            return 0;
        }

        var sent = 0;
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        // Messages not chosen stay unacknowledged until the channel closes, so one pass sees each message once.
        for (var seen = 0L; seen < waiting; seen++)
        {
            if (await channel.BasicGetAsync(queue + ErrorSuffix, autoAck: false, cancellationToken) is not { } delivery)
            {
                break;
            }

            if (messageIds.Count > 0 && !messageIds.Contains(Describe(delivery).MessageId))
            {
                continue;
            }

            var properties = new BasicProperties(delivery.BasicProperties)
            {
                Headers = delivery.BasicProperties.Headers?
                    .Where(h => !h.Key.StartsWith(FaultHeaderPrefix, StringComparison.Ordinal) && h.Key != ReasonHeader)
                    .ToDictionary(h => h.Key, h => h.Value),
            };
            // Awaits the broker's confirm: only then is the error queue's copy let go.
            await channel.BasicPublishAsync("", queue, mandatory: true, properties, delivery.Body, cancellationToken);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, cancellationToken);
            sent++;
        }

        return sent;
    }

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken) =>
        await new ConnectionFactory { Uri = broker, ClientProvidedName = $"{service}-ops" }.CreateConnectionAsync(cancellationToken);

    /// <summary>Messages in <paramref name="queue"/>, or 0 when it does not exist (it is made at the first failure).</summary>
    private static async Task<long> CountAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException missing) when (missing.ShutdownReason?.ReplyCode == 404)
        {
            return 0;
        }
    }

    private static FailedMessageInfo Describe(BasicGetResult delivery)
    {
        var headers = delivery.BasicProperties.Headers;
        var messageId = delivery.BasicProperties.MessageId ?? "";
        var messageType = "";
        try
        {
            // MassTransit's envelope names the type as urn:message:Namespace:Type.
            using var envelope = JsonDocument.Parse(delivery.Body);
            if (envelope.RootElement.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array
                && types.GetArrayLength() > 0)
            {
                messageType = types[0].GetString()?.Split(':').Last() ?? "";
            }

            if (messageId.Length == 0 && envelope.RootElement.TryGetProperty("messageId", out var id))
            {
                messageId = id.GetString() ?? "";
            }
        }
        catch (JsonException)
        {
            messageType = "(not a MassTransit envelope)";
        }

        return new FailedMessageInfo(
            messageId,
            messageType,
            Header(headers, FaultHeaderPrefix + "Message"),
            Header(headers, FaultHeaderPrefix + "ExceptionType"),
            DateTimeOffset.TryParse(Header(headers, FaultHeaderPrefix + "Timestamp"), out var at) ? at : null);
    }

    private static string Header(IDictionary<string, object?>? headers, string name) =>
        headers?.TryGetValue(name, out var value) == true
            ? value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                null => "",
                _ => value.ToString() ?? "",
            }
            : "";
}
