using System.CommandLine;
using Grpc.Core;
using Hemit.Cli.Connection;
using Hemit.Cli.Output;
using Hemit.Contracts.Ops.V1;

namespace Hemit.Cli.Ops;

/// <summary>
/// <c>hemit ops …</c>: what the on-call engineer checks first. Every service with messaging answers the same ops
/// service: its outbox backlog, and the messages its consumers gave up on, which can be sent back for another try.
/// </summary>
public static class OpsCommands
{
    /// <summary>The services asked when no --service is given, in the order the board report uses them.</summary>
    public static readonly string[] Services = ["finance", "hrmetrics", "servicedesk", "projects", "governance"];

    public static Command Create()
    {
        var service = ServiceOption();
        var command = new Command("ops", "Drift: outbox backlog and failed messages per service (hemit ops failed, hemit ops retry)")
        {
            service, CreateFailed(), CreateRetry(),
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var answers = await AskEachAsync(parseResult, parseResult.GetValue(service), async client => new ServiceMessaging(
                await client.GetOutboxBacklogAsync(new GetOutboxBacklogRequest(), cancellationToken: cancellationToken),
                await client.ListFailedMessagesAsync(new ListFailedMessagesRequest { Limit = 1 }, cancellationToken: cancellationToken)));
            ReportWriter.ForConsole(parseResult).Write([OpsReports.Overview(answers)], parseResult.GetValue(CommonOptions.Format));
            return answers.Any(a => a.Answer is null) ? 1 : 0;
        });
        return command;
    }

    private static Command CreateFailed()
    {
        var service = ServiceOption();
        var limit = new Option<int>("--limit") { Description = "At most this many messages per queue (1-500)", DefaultValueFactory = _ => 50 };
        var command = new Command("failed", "Messages the consumers gave up on after their retries, with the reason, per queue")
        {
            service, limit,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var answers = await AskEachAsync(parseResult, parseResult.GetValue(service), async client =>
                await client.ListFailedMessagesAsync(new ListFailedMessagesRequest { Limit = parseResult.GetValue(limit) }, cancellationToken: cancellationToken));
            ReportWriter.ForConsole(parseResult).Write([OpsReports.Failed(answers)], parseResult.GetValue(CommonOptions.Format));
            return answers.Any(a => a.Answer is null) ? 1 : 0;
        });
        return command;
    }

    private static Command CreateRetry()
    {
        var service = ServiceOption();
        service.Required = true;
        var queue = new Option<string?>("--queue") { Description = "Only this queue (as `hemit ops failed` lists it)" };
        var ids = new Option<string[]>("--message-id") { Description = "Only these messages (repeat the option)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("retry", "Send failed messages back to their queue for another try (handled once: the inbox remembers)")
        {
            service, queue, ids,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var name = parseResult.GetValue(service)!;
            var request = new RetryFailedMessagesRequest { Queue = parseResult.GetValue(queue) ?? "" };
            request.MessageIds.AddRange(parseResult.GetValue(ids) ?? []);
            var response = await Connection(name).CallAsync(parseResult, async client =>
                await client.RetryFailedMessagesAsync(request, cancellationToken: cancellationToken));
            Console.Out.WriteLine($"{name}: {response.SentBack} melding(er) sendt tilbake til køen.");
            return 0;
        });
        return command;
    }

    private static Option<string?> ServiceOption()
    {
        var option = new Option<string?>("--service") { Description = $"One service: {string.Join(", ", Services)} (default: all)" };
        option.AcceptOnlyFromAmong(Services);
        return option;
    }

    private static ServiceConnection<OpsService.OpsServiceClient> Connection(string service) => new(service, channel => new(channel));

    /// <summary>Asks each chosen service in turn; a service that does not answer is reported, not fatal to the others.</summary>
    private static async Task<List<ServiceAnswer<T>>> AskEachAsync<T>(ParseResult parseResult, string? only, Func<OpsService.OpsServiceClient, Task<T>> ask)
        where T : class
    {
        var answers = new List<ServiceAnswer<T>>();
        foreach (var service in only is null ? Services : [only])
        {
            try
            {
                answers.Add(new(service, await Connection(service).CallAsync(parseResult, ask), null));
            }
            catch (Exception exception) when (exception is RpcException or CliException or HttpRequestException)
            {
                answers.Add(new(service, null, exception is RpcException rpc ? $"{rpc.StatusCode}: {rpc.Status.Detail}" : exception.Message));
            }
        }

        return answers;
    }
}

/// <summary>A service's outbox backlog and its failed messages (the first of each queue, and the counts).</summary>
public sealed record ServiceMessaging(OutboxBacklog Backlog, ListFailedMessagesResponse Failed);

/// <summary>One service's answer, or why there was none.</summary>
public sealed record ServiceAnswer<T>(string Service, T? Answer, string? Problem) where T : class;
