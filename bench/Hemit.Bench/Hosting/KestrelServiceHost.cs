using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hemit.Contracts.Security;
using Hemit.Security;
using Hemit.ServiceTestHost;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Bench.Hosting;

/// <summary>
/// One real service (its own Program) on Kestrel, HTTP/2 on a loopback port, as the AppHost runs it, with its
/// connection strings from the environment and the test issuer's tokens trusted, plus the bench-only
/// <see cref="BenchEmptyService"/> on the same server. Runs in a process of its own (<c>Hemit.Bench serve</c>) so its
/// memory is its own.
/// </summary>
public sealed class KestrelServiceHost<TEntryPoint>(int grpcPort, int httpPort) : WebApplicationFactory<TEntryPoint> where TEntryPoint : class
{
    /// <summary>Starts the service on Kestrel (migrations, relay, consumers) and returns it.</summary>
    public KestrelServiceHost<TEntryPoint> Started()
    {
        UseKestrel();
        StartServer();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Kestrel:Endpoints:grpc:Url", $"http://127.0.0.1:{grpcPort}");
        builder.UseSetting("Kestrel:Endpoints:http:Url", $"http://127.0.0.1:{httpPort}");
        builder.UseSetting("Auth:Audience", TestTokens.Audience);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureTestServices(services =>
        {
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.Authority = null;
                jwt.TokenValidationParameters.ValidIssuer = TestTokens.Issuer;
                jwt.TokenValidationParameters.IssuerSigningKey = TestTokens.SigningKey;
            });
            services.AddSingleton<IAccessTokenSource>(new StaticTokenSource(TestTokens.WithEveryScope()));
            // Unknown gRPC services fall through the service's own endpoints to the bench's empty one.
            services.Configure<Grpc.AspNetCore.Server.GrpcServiceOptions>(grpc => grpc.IgnoreUnknownServices = true);
            services.AddSingleton<IStartupFilter, EmptyServiceEndpoint>();
        });
    }
}

/// <summary>Maps <see cref="BenchEmptyService"/> and <see cref="BenchStreamDrain"/> after the service's own pipeline, behind the same authentication and authorisation.</summary>
internal sealed class EmptyServiceEndpoint : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapGrpcService<BenchEmptyService>();
            endpoints.MapGrpcService<BenchStreamDrain>();
        });
    };
}

/// <summary>Does nothing: what a call costs in transport, token validation and scope check alone.</summary>
internal sealed class BenchEmptyService : V1.EmptyService.EmptyServiceBase
{
    private static readonly Task<Empty> Nothing = Task.FromResult(new Empty());

    [RequiresScope(Scopes.OpsRead)]
    public override Task<Empty> Ping(Empty request, ServerCallContext context) => Nothing;
}

/// <summary>Reads a push's rows into a list, as the importers do, and writes nothing: what receiving them costs alone.</summary>
internal sealed class BenchStreamDrain : V1.StreamDrain.StreamDrainBase
{
    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<Empty> TicketEvents(IAsyncStreamReader<Contracts.ServiceDesk.V1.TicketEvent> requestStream, ServerCallContext context) =>
        DrainAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<Empty> LedgerLines(IAsyncStreamReader<Contracts.Finance.V1.LedgerLine> requestStream, ServerCallContext context) =>
        DrainAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<Empty> TicketEventBatches(IAsyncStreamReader<Contracts.ServiceDesk.V1.TicketEventBatch> requestStream, ServerCallContext context) =>
        DrainAsync(requestStream, batch => batch.Events, context.CancellationToken);

    [RequiresScope(Scopes.FinanceWrite)]
    public override Task<Empty> LedgerLineBatches(IAsyncStreamReader<Contracts.Finance.V1.LedgerLineBatch> requestStream, ServerCallContext context) =>
        DrainAsync(requestStream, batch => batch.Lines, context.CancellationToken);

    private static Task<Empty> DrainAsync<T>(IAsyncStreamReader<T> stream, CancellationToken cancellationToken) =>
        DrainAsync<T, T>(stream, row => [row], cancellationToken);

    private static async Task<Empty> DrainAsync<TMessage, TRow>(
        IAsyncStreamReader<TMessage> stream, Func<TMessage, IEnumerable<TRow>> rowsOf, CancellationToken cancellationToken)
    {
        var rows = new List<TRow>();
        await foreach (var message in stream.ReadAllAsync(cancellationToken))
        {
            rows.AddRange(rowsOf(message));
        }

        GC.KeepAlive(rows);
        return new Empty();
    }
}
