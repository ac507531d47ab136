using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.ServiceTestHost;

/// <summary>
/// Runs one real service in-process (its own Program, real PostgreSQL and RabbitMQ through the connection strings
/// given) and hands out gRPC channels to it. The service behaves as under the AppHost: same configuration keys.
/// </summary>
/// <param name="connectionStrings">Name to connection string, e.g. financedb and messaging, as the AppHost would set them.</param>
/// <param name="testServices">Replaces services after the service's own registrations, e.g. to point its gRPC client
/// for another service at that service's in-process host (<see cref="ServiceUnderTest{TEntryPoint,TContext}.CreateHandler"/>).</param>
public sealed class GrpcServiceTestHost<TEntryPoint>(
    IReadOnlyDictionary<string, string> connectionStrings, Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private GrpcChannel? _channel;

    /// <summary>A channel over the in-memory test server; created once, disposed with the host.</summary>
    public GrpcChannel Channel => _channel ??= GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = Server.CreateHandler(),
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    /// <summary>A handler into the in-memory test server, for another in-process service's gRPC client.</summary>
    public HttpMessageHandler CreateHandler() => Server.CreateHandler();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (name, value) in connectionStrings)
        {
            builder.UseSetting($"ConnectionStrings:{name}", value);
        }

        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _channel?.Dispose();
        }

        base.Dispose(disposing);
    }
}
