using Grpc.Core;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.HrMetrics.Tests.Integration;

/// <summary>The real hrmetrics service in-process (its own Program) on a fresh database, with a gRPC client to it.</summary>
public sealed class HrMetricsHost : IDisposable
{
    /// <summary>No broker listens here: events stay in the outbox, where the tests read them.</summary>
    public const string UnreachableBroker = "amqp://guest:guest@127.0.0.1:1/";

    private readonly GrpcServiceTestHost<HrMetricsGrpcService> _host;

    private HrMetricsHost(string database, string messaging)
    {
        _host = new GrpcServiceTestHost<HrMetricsGrpcService>(new Dictionary<string, string>
        {
            ["hrdb"] = database,
            ["messaging"] = messaging,
        });
        Client = new HrMetricsService.HrMetricsServiceClient(_host.Channel);
    }

    public HrMetricsService.HrMetricsServiceClient Client { get; }

    /// <param name="withBroker">Connect to the real RabbitMQ (started on first use) so the outbox relay publishes.</param>
    public static async Task<HrMetricsHost> StartAsync(PlatformServers servers, bool withBroker = false) => new(
        await servers.CreateDatabaseAsync("hrmetrics"),
        withBroker ? await servers.GetMessagingConnectionStringAsync() : UnreachableBroker);

    /// <summary>Streams the messages as one import, the way the CLI does.</summary>
    public static async Task<ImportSummary> PushAsync<T>(AsyncClientStreamingCall<T, ImportSummary> call, IEnumerable<T> messages)
    {
        using (call)
        {
            foreach (var message in messages)
            {
                await call.RequestStream.WriteAsync(message);
            }

            await call.RequestStream.CompleteAsync();
            return await call;
        }
    }

    public async Task<TResult> QueryAsync<TResult>(Func<HrMetricsDbContext, Task<TResult>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<HrMetricsDbContext>());
    }

    /// <summary>The outbox rows of one event type, in the order written.</summary>
    public Task<List<OutboxMessage>> OutboxRowsAsync(string eventName) => QueryAsync(db =>
        db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains("." + eventName + ","))
            .OrderBy(m => m.OccurredAt).ToListAsync());

    /// <summary>The outbox's payloads of one event type, in the order written.</summary>
    public Task<List<string>> OutboxPayloadsAsync(string eventName) => QueryAsync(db =>
        db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains("." + eventName + ","))
            .OrderBy(m => m.OccurredAt).Select(m => m.Payload).ToListAsync());

    public void Dispose() => _host.Dispose();
}
