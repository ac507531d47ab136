using Grpc.Net.Client;
using Hemit.Contracts.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.ServiceTestHost;

/// <summary>
/// Runs one real service in-process (its own Program, real PostgreSQL and RabbitMQ through the connection strings
/// given) and hands out gRPC channels to it. The service behaves as under the AppHost: same configuration keys, and
/// every call needs a bearer token, here one from <see cref="TestTokens"/>.
/// </summary>
/// <param name="connectionStrings">Name to connection string, e.g. financedb and messaging, as the AppHost would set them.</param>
/// <param name="testServices">Replaces services after the service's own registrations, e.g. to point its gRPC client
/// for another service at that service's in-process host (<see cref="ServiceUnderTest{TEntryPoint,TContext}.CreateHandler"/>).</param>
public sealed class GrpcServiceTestHost<TEntryPoint>(
    IReadOnlyDictionary<string, string> connectionStrings, Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    private GrpcChannel? _channel;

    /// <summary>A channel over the in-memory test server with a token carrying every scope; created once, disposed with the host.</summary>
    public GrpcChannel Channel => _channel ??= CreateChannel(TestTokens.WithEveryScope());

    /// <summary>A channel sending <paramref name="bearerToken"/> with every call, or no token when null. The caller disposes it.</summary>
    public GrpcChannel CreateChannel(string? bearerToken) => GrpcChannel.ForAddress(Server.BaseAddress, new GrpcChannelOptions
    {
        HttpHandler = bearerToken is null ? Server.CreateHandler() : new BearerTokenHandler(bearerToken, Server.CreateHandler()),
        MaxReceiveMessageSize = 64 * 1024 * 1024,
    });

    /// <summary>A handler into the in-memory test server, for another in-process service's gRPC client.</summary>
    public HttpMessageHandler CreateHandler() => Server.CreateHandler();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.ConfigureTestServices(services =>
        {
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.Authority = null;
                jwt.TokenValidationParameters.ValidIssuer = TestTokens.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = TestTokens.SigningKey;
            });
            // Calls this service makes to another in-process service carry a token too.
            services.AddSingleton<IAccessTokenSource>(new FixedTokenSource(TestTokens.WithEveryScope()));
        });
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
