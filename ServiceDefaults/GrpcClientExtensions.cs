using Grpc.Net.ClientFactory;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.Extensions.Hosting;

public static class GrpcClientExtensions
{
    /// <summary>
    /// A typed gRPC client for another service, found by service discovery through the
    /// <c>services__{service}__grpc__0</c> variable the AppHost sets. Resilience comes from the HttpClient defaults.
    /// </summary>
    public static IHttpClientBuilder AddServiceGrpcClient<TClient>(this IServiceCollection services, string service)
        where TClient : class =>
        services.AddGrpcClient<TClient>(options => options.Address = new Uri($"http://_grpc.{service}"));
}
