using Grpc.Core;
using Grpc.Net.ClientFactory;
using Hemit.Contracts.Ops.V1;

namespace Hemit.Portal.Operations;

/// <summary>
/// The operations page's calls: every service with messaging answers the same ops API (its outbox backlog, its
/// consumers' error queues, sending failed messages back), asked as the signed-in person, each with the default
/// deadline. A service that does not answer is shown as such; it does not hide the others.
/// </summary>
public sealed class ServiceOperations(GrpcClientFactory clients)
{
    /// <summary>The services with an outbox and consumers, in the order the board report uses them.</summary>
    public static readonly IReadOnlyList<string> Services = ["finance", "hrmetrics", "servicedesk", "projects", "governance"];

    /// <summary>At most this many failed messages are listed per queue; the count says how many there are.</summary>
    public const int ListedPerQueue = 50;

    /// <summary>Every service's backlog and failed messages, asked at once.</summary>
    public async Task<IReadOnlyList<ServiceState>> StateOfAllAsync(CancellationToken cancellationToken = default) =>
        await Task.WhenAll(Services.Select(service => StateOfAsync(service, cancellationToken)));

    /// <summary>Sends failed messages of <paramref name="queue"/> on <paramref name="service"/> back (only <paramref name="messageId"/> when given).</summary>
    public async Task<long> SendBackAsync(string service, string queue, string? messageId, CancellationToken cancellationToken = default)
    {
        var request = new RetryFailedMessagesRequest { Queue = queue };
        if (messageId is not null)
        {
            request.MessageIds.Add(messageId);
        }

        return (await Client(service).RetryFailedMessagesAsync(request, cancellationToken: cancellationToken)).SentBack;
    }

    private async Task<ServiceState> StateOfAsync(string service, CancellationToken cancellationToken)
    {
        try
        {
            var client = Client(service);
            var backlog = client.GetOutboxBacklogAsync(new GetOutboxBacklogRequest(), cancellationToken: cancellationToken).ResponseAsync;
            var failed = client.ListFailedMessagesAsync(new ListFailedMessagesRequest { Limit = ListedPerQueue }, cancellationToken: cancellationToken).ResponseAsync;
            return new ServiceState(service, await backlog, await failed, null);
        }
        catch (RpcException exception)
        {
            return new ServiceState(service, null, null, exception);
        }
    }

    private OpsService.OpsServiceClient Client(string service) => clients.CreateClient<OpsService.OpsServiceClient>(service);
}

/// <summary>One service's answers, or the refusal or failure that came instead.</summary>
public sealed record ServiceState(string Service, OutboxBacklog? Backlog, ListFailedMessagesResponse? Failed, RpcException? Problem)
{
    public long FailedCount => Failed?.Queues.Sum(q => q.Count) ?? 0;

    public long AwaitingRedeliveryCount => Failed?.Queues.Sum(q => q.AwaitingRedelivery) ?? 0;
}
