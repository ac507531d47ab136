using System.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client.Configuration;
using Grpc.Net.ClientFactory;
using Hemit.Contracts.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class GrpcClientExtensions
{
    /// <summary>The deadline of a call that sets none itself.</summary>
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(10);

    /// <summary>
    /// A typed gRPC client for another service, found by service discovery through the
    /// <c>services__{service}__grpc__0</c> variable the AppHost sets. Every call gets a deadline
    /// (<see cref="DefaultDeadline"/> unless the caller sets one), and only reads (unary <c>Get…</c>/<c>List…</c>
    /// methods) are retried, by gRPC's own retry policy on UNAVAILABLE: a write is never sent twice by the plumbing.
    /// The HttpClient's standard resilience handler is removed for gRPC, since it cannot tell a read from a write.
    /// Every call carries a bearer token from the registered <see cref="IAccessTokenSource"/>: the service's own
    /// client identity, or (in the portal) the person signed in.
    /// </summary>
    /// <param name="name">A name for the client when one caller talks to several services through the same client
    /// type (the ops service every service answers): get it with <c>GrpcClientFactory.CreateClient&lt;TClient&gt;(name)</c>.</param>
    public static IHttpClientBuilder AddServiceGrpcClient<TClient>(this IServiceCollection services, string service, string? name = null)
        where TClient : class
    {
        // A second registration would add a second deadline, retry policy and token to every call.
        var key = name ?? "";
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ServiceGrpcClientRegistration<TClient>) && Equals(descriptor.ServiceKey, key)))
        {
            throw new InvalidOperationException($"{typeof(TClient).Name} {name} is registered twice with AddServiceGrpcClient; register it once.");
        }

        services.AddKeyedSingleton<ServiceGrpcClientRegistration<TClient>>(key);
        Action<Grpc.Net.ClientFactory.GrpcClientFactoryOptions> address = options => options.Address = new Uri($"http://_grpc.{service}");
        var client = (name is null ? services.AddGrpcClient<TClient>(address) : services.AddGrpcClient<TClient>(name, address))
            .ConfigureChannel(channel =>
            {
                channel.ServiceConfig = RetryReadsOf(typeof(TClient));
                // Calls between services travel plain http inside the stack; the token is required all the same.
                channel.UnsafeUseInsecureChannelCallCredentials = true;
            })
            .AddInterceptor(() => new DefaultDeadlineInterceptor(DefaultDeadline))
            .AddCallCredentials(async (context, metadata, provider) =>
                metadata.Add("Authorization", "Bearer " +
                    await provider.GetRequiredService<IAccessTokenSource>().GetAccessTokenAsync(context.CancellationToken)));
#pragma warning disable EXTEXP0001 // The documented way to take the defaults' handler off one client; marked experimental.
        return client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
    }

    /// <summary>The service config retrying the unary read methods of <paramref name="client"/>'s service.</summary>
    public static ServiceConfig RetryReadsOf(Type client)
    {
        var descriptor = client.DeclaringType?.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as Google.Protobuf.Reflection.ServiceDescriptor
            ?? throw new InvalidOperationException($"{client} is not a generated gRPC client (no Descriptor on its service class).");
        var reads = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = 3,
                InitialBackoff = TimeSpan.FromMilliseconds(200),
                MaxBackoff = TimeSpan.FromSeconds(2),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { StatusCode.Unavailable },
            },
        };
        foreach (var method in descriptor.Methods.Where(IsRead))
        {
            reads.Names.Add(new MethodName { Service = descriptor.FullName, Method = method.Name });
        }

        return new ServiceConfig { MethodConfigs = { reads } };
    }

    /// <summary>A unary call that only reads: safe to send again when the first try never got an answer.</summary>
    public static bool IsRead(Google.Protobuf.Reflection.MethodDescriptor method) =>
        !method.IsClientStreaming && !method.IsServerStreaming
        && (method.Name.StartsWith("Get", StringComparison.Ordinal) || method.Name.StartsWith("List", StringComparison.Ordinal));
}

/// <summary>Marks <typeparamref name="TClient"/> as registered by <see cref="GrpcClientExtensions.AddServiceGrpcClient{TClient}"/>.</summary>
public sealed class ServiceGrpcClientRegistration<TClient>;

/// <summary>Gives every call without a deadline one, so no call between services can wait forever.</summary>
public sealed class DefaultDeadlineInterceptor(TimeSpan deadline) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDeadline(context));

    public override TResponse BlockingUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, BlockingUnaryCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDeadline(context));

    public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncServerStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(request, WithDeadline(context));

    public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncClientStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithDeadline(context));

    public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(
        ClientInterceptorContext<TRequest, TResponse> context, AsyncDuplexStreamingCallContinuation<TRequest, TResponse> continuation) =>
        continuation(WithDeadline(context));

    private ClientInterceptorContext<TRequest, TResponse> WithDeadline<TRequest, TResponse>(ClientInterceptorContext<TRequest, TResponse> context)
        where TRequest : class where TResponse : class =>
        context.Options.Deadline is not null
            ? context
            : new(context.Method, context.Host, context.Options.WithDeadline(DateTime.UtcNow + deadline));
}
