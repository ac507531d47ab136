using Grpc.Net.Client;
using Hemit.ServiceTestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Portal.Tests;

/// <summary>One real service in-process on its own database, with its typed gRPC client.</summary>
public sealed class ServiceHost<TEntryPoint, TContext, TClient>(
    IReadOnlyDictionary<string, string> connectionStrings, Func<GrpcChannel, TClient> createClient, Action<IServiceCollection>? testServices = null)
    : ServiceUnderTest<TEntryPoint, TContext>(connectionStrings, testServices)
    where TEntryPoint : class
    where TContext : DbContext
{
    private TClient? _client;

    public TClient Client => _client ??= createClient(Channel);
}
