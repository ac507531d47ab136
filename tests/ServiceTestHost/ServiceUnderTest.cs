using Grpc.Core;
using Grpc.Net.Client;
using Hemit.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Grpc.Net.ClientFactory;

namespace Hemit.ServiceTestHost;

/// <summary>
/// One real service in-process (<see cref="GrpcServiceTestHost{TEntryPoint}"/>) together with what its tests read
/// besides the gRPC answers: its own database, and the events waiting in (or relayed from) its outbox.
/// Use it as it is, or derive a small host from it that adds the service's typed gRPC client.
/// </summary>
/// <param name="connectionStrings">Name to connection string, as the AppHost would set them (e.g. financedb, messaging).</param>
/// <param name="testServices">Replaces services after the service's own, e.g. <see cref="UseInProcess{TClient}"/>.</param>
public class ServiceUnderTest<TEntryPoint, TContext>(
    IReadOnlyDictionary<string, string> connectionStrings, Action<IServiceCollection>? testServices = null) : IDisposable
    where TEntryPoint : class
    where TContext : DbContext
{
    private readonly GrpcServiceTestHost<TEntryPoint> _host = new(connectionStrings, testServices);

    /// <summary>A channel to the service; the first use starts it (migrations, outbox relay, consumers).</summary>
    public GrpcChannel Channel => _host.Channel;

    /// <summary>A channel sending <paramref name="bearerToken"/> (see <see cref="TestTokens"/>), or none when null; the caller disposes it.</summary>
    public GrpcChannel CreateChannel(string? bearerToken) => _host.CreateChannel(bearerToken);

    /// <summary>The running service's container, e.g. for its MassTransit bus.</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>A handler into this service's in-memory server (starting it), for another service's gRPC client.</summary>
    public HttpMessageHandler CreateHandler() => _host.CreateHandler();

    /// <summary>
    /// Points the typed gRPC client <typeparamref name="TClient"/> (registered by the service under test with
    /// AddServiceGrpcClient) at <paramref name="target"/>, another service running in-process, so the two talk
    /// gRPC as under the AppHost. Use as the <c>testServices</c> of the calling service.
    /// </summary>
    public static Action<IServiceCollection> UseInProcess<TClient>(Func<HttpMessageHandler> target) where TClient : class =>
        services => services.AddGrpcClient<TClient>(options => options.Address = new Uri("http://localhost"))
            .ConfigurePrimaryHttpMessageHandler(target);

    /// <summary>Streams all <paramref name="messages"/> as one client-streaming call (as the CLI imports) and returns the answer.</summary>
    public static async Task<TResponse> PushAsync<TRequest, TResponse>(AsyncClientStreamingCall<TRequest, TResponse> call, IEnumerable<TRequest> messages)
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

    /// <summary>Reads the service's own database through its own DbContext, in a fresh scope.</summary>
    public async Task<TResult> QueryAsync<TResult>(Func<TContext, Task<TResult>> query)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<TContext>());
    }

    /// <summary>The outbox rows of one event type (its class name, e.g. "MonthClosed"), in the order written.</summary>
    public Task<List<OutboxMessage>> OutboxRowsAsync(string eventName) => QueryAsync(db =>
        db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains("." + eventName + ","))
            .OrderBy(m => m.OccurredAt).ToListAsync());

    /// <summary>The JSON payloads of one event type's outbox rows, in the order written.</summary>
    public Task<List<string>> OutboxPayloadsAsync(string eventName) => QueryAsync(db =>
        db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.MessageType.Contains("." + eventName + ","))
            .OrderBy(m => m.OccurredAt).Select(m => m.Payload).ToListAsync());

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _host.Dispose();
        }
    }
}
