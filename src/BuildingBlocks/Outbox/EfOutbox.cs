using System.Diagnostics;
using System.Text.Json;
using Hemit.Contracts.Events;
using Microsoft.EntityFrameworkCore;

namespace Hemit.BuildingBlocks.Outbox;

internal sealed class EfOutbox<TContext>(TContext context, OutboxSignal signal) : IOutbox where TContext : DbContext
{
    public void Add(IntegrationEvent integrationEvent)
    {
        signal.RowsAdded(context);
        var type = integrationEvent.GetType();
        context.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = integrationEvent.Id,
            MessageType = OutboxSerializer.TypeName(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, OutboxSerializer.Options),
            OccurredAt = integrationEvent.CreatedAt,
            TraceParent = Activity.Current?.Id,
        });
    }
}

internal static class OutboxSerializer
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    public static object Deserialize(OutboxMessage message)
    {
        var type = Type.GetType(message.MessageType, throwOnError: false)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has unknown type '{message.MessageType}'.");
        return JsonSerializer.Deserialize(message.Payload, type, Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
    }
}
