using Grpc.Net.Client;

namespace Hemit.Cli.Connection;

/// <summary>The one place the CLI opens channels, so every command shares deadlines, retries and credentials.</summary>
public static class GrpcChannels
{
    public static GrpcChannel ForService(string service, string? urlOption) =>
        GrpcChannel.ForAddress(ServiceAddresses.ResolveGrpc(service, urlOption), new GrpcChannelOptions
        {
            MaxReceiveMessageSize = 64 * 1024 * 1024,
            HttpHandler = CallerCredentials.Handler(new SocketsHttpHandler { EnableMultipleHttp2Connections = true }),
        });
}
