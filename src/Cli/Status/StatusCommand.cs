using System.CommandLine;
using System.Net.Sockets;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Hemit.Cli.Output;
using Hemit.Contracts.Advertising;

namespace Hemit.Cli.Status;

/// <summary><c>hemit status</c>: each resource of the running stack and whether it answers now.</summary>
public static class StatusCommand
{
    // A service's first answer after start includes warming its request pipeline; on a busy machine that can take seconds.
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var command = new Command("status", "Each resource of the running stack: state, health now, endpoints");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var advertised = AdvertisedEndpoints.Load()
                ?? throw new CliException("No stack is running here (no .hemit/endpoints.json): start it with `dotnet run --project AppHost`.");
            var probes = advertised.Resources.Select(resource => ProbeAsync(resource, cancellationToken)).ToList();
            var health = await Task.WhenAll(probes);
            var report = StatusReport.Build(advertised, health);

            ReportWriter.ForConsole(parseResult).Write(report, parseResult.GetValue(CommonOptions.Format));
            return health.All(h => h is "Healthy" or "Serving") ? 0 : 3;
        });
        return command;
    }

    /// <summary>gRPC health for services, a TCP connect for servers, the AppHost's word for the rest.</summary>
    private static async Task<string> ProbeAsync(AdvertisedResource resource, CancellationToken cancellationToken)
    {
        try
        {
            if (resource.Endpoints.TryGetValue("grpc", out var grpc))
            {
                using var channel = GrpcChannel.ForAddress(grpc);
                var reply = await new Health.HealthClient(channel).CheckAsync(
                    new HealthCheckRequest(), deadline: DateTime.UtcNow.Add(ProbeTimeout), cancellationToken: cancellationToken);
                return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving ? "Serving" : reply.Status.ToString();
            }

            if (resource.Endpoints.TryGetValue("tcp", out var tcp) && Uri.TryCreate(tcp, UriKind.Absolute, out var address))
            {
                using var client = new TcpClient();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(ProbeTimeout);
                await client.ConnectAsync(address.Host, address.Port, timeout.Token);
                return "Healthy";
            }

            return resource.Health;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"Unreachable ({exception.GetType().Name})";
        }
    }
}
