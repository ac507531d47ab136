using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.ServiceTestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Finance.Tests.Integration;

/// <summary>The real finance service in-process on its own fresh database, with a gRPC client to it.</summary>
public sealed class FinanceHost : IDisposable
{
    /// <summary>No broker listens here: events stay in the outbox, where the tests read them.</summary>
    private const string UnreachableBroker = "amqp://guest:guest@127.0.0.1:1/";

    private readonly GrpcServiceTestHost<FinanceGrpcService> _host;

    private FinanceHost(string database)
    {
        _host = new GrpcServiceTestHost<FinanceGrpcService>(new Dictionary<string, string>
        {
            ["financedb"] = database,
            ["messaging"] = UnreachableBroker,
        });
        Client = new FinanceService.FinanceServiceClient(_host.Channel);
    }

    public FinanceService.FinanceServiceClient Client { get; }

    public static async Task<FinanceHost> StartAsync(PostgresServer postgres) => new(await postgres.CreateDatabaseAsync("finance"));

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

    public async Task<TResult> QueryAsync<TResult>(Func<FinanceDbContext, Task<TResult>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FinanceDbContext>());
    }

    /// <summary>The outbox's rows of one event type, as (payload json) in the order written.</summary>
    public Task<List<string>> OutboxPayloadsAsync(string eventName) => QueryAsync(db =>
        db.Set<Hemit.BuildingBlocks.Outbox.OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains("." + eventName + ","))
            .OrderBy(m => m.OccurredAt).Select(m => m.Payload).ToListAsync());

    public void Dispose() => _host.Dispose();
}
