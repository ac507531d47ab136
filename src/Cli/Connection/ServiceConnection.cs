using System.CommandLine;
using Grpc.Net.Client;

namespace Hemit.Cli.Connection;

/// <summary>The service a group of commands talks to and its generated client; each call opens one channel and closes it after.</summary>
public sealed class ServiceConnection<TClient>(string service, Func<GrpcChannel, TClient> createClient)
{
    /// <summary>The service's resource name, as the AppHost names it (finance, hrmetrics, …).</summary>
    public string Service { get; } = service;

    /// <summary>Calls the service at <c>--url</c>, or where the running stack advertises it.</summary>
    public async Task<TResult> CallAsync<TResult>(ParseResult parseResult, Func<TClient, Task<TResult>> call)
    {
        using var channel = GrpcChannels.ForService(Service, parseResult.GetValue(CommonOptions.Url));
        return await call(createClient(channel));
    }
}
