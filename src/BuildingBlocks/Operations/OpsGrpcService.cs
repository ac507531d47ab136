using Hemit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Ops.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hemit.BuildingBlocks.Operations;

/// <summary>
/// <c>hemit ops</c> over gRPC, the same in every service that has messaging: its outbox backlog, and the error queues
/// of its consumers with a way to send their messages back.
/// </summary>
public sealed class OpsGrpcService<TContext>(
    TContext db, ReceiveQueues queues, ErrorQueues errorQueues, MessagingIdentity identity, IOptions<MessagingOptions> messaging)
    : OpsService.OpsServiceBase where TContext : DbContext
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;
    private const int DefaultAuditLimit = 100;
    private const int MaxAuditLimit = 5000;

    [RequiresScope(Scopes.OpsRead)]
    public override async Task<OutboxBacklog> GetOutboxBacklog(GetOutboxBacklogRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var outbox = db.Set<OutboxMessage>().AsNoTracking();
        var waiting = outbox.Where(m => m.PublishedAt == null);
        var oldest = await waiting.OrderBy(m => m.OccurredAt).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(ct);
        var lastError = await waiting.Where(m => m.LastError != null).OrderByDescending(m => m.OccurredAt)
            .Select(m => m.LastError).FirstOrDefaultAsync(ct);
        return new OutboxBacklog
        {
            Service = identity.Service,
            Waiting = await waiting.LongCountAsync(ct),
            OldestWaiting = oldest is { } at ? Timestamp.FromDateTimeOffset(at) : null,
            Failing = await waiting.LongCountAsync(m => m.LastError != null, ct),
            LastError = lastError ?? "",
            Unreadable = await waiting.LongCountAsync(m => m.Attempts >= OutboxRelay<TContext>.MaxUnreadableAttempts, ct),
            PublishedKept = await outbox.LongCountAsync(m => m.PublishedAt != null, ct),
        };
    }

    [RequiresScope(Scopes.OpsRead)]
    public override async Task<ListFailedMessagesResponse> ListFailedMessages(ListFailedMessagesRequest request, ServerCallContext context)
    {
        if (request.Limit is < 0 or > MaxLimit)
        {
            throw InvalidArgument.ForField("limit", $"must be between 1 and {MaxLimit} (0 for the default, {DefaultLimit}); was {request.Limit}");
        }

        var limit = request.Limit == 0 ? DefaultLimit : request.Limit;
        var response = new ListFailedMessagesResponse { Service = identity.Service };
        foreach (var queue in queues.Names)
        {
            var delayQueues = messaging.Value.RedeliveryDelays.Select(delay => DelayedRedelivery.DelayQueue(queue, delay)).Distinct();
            var (count, parked, messages) = await errorQueues.PeekAsync(queue, delayQueues, limit, context.CancellationToken);
            var failed = new FailedQueue { Queue = queue, Count = count, AwaitingRedelivery = parked };
            failed.Messages.AddRange(messages.Select(m => new FailedMessage
            {
                MessageId = m.MessageId,
                MessageType = m.MessageType,
                Reason = m.Reason,
                ExceptionType = m.ExceptionType,
                FailedAt = m.FailedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
            }));
            response.Queues.Add(failed);
        }

        return response;
    }

    [RequiresScope(Scopes.OpsWrite)]
    public override async Task<RetryFailedMessagesResponse> RetryFailedMessages(RetryFailedMessagesRequest request, ServerCallContext context)
    {
        var known = queues.Names;
        if (request.Queue.Length > 0 && !known.Contains(request.Queue))
        {
            throw InvalidArgument.ForField("queue",
                $"'{request.Queue}' is not a queue of {identity.Service}; its queues are {string.Join(", ", known)}");
        }

        var ids = request.MessageIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var sent = 0L;
        foreach (var queue in request.Queue.Length > 0 ? [request.Queue] : known)
        {
            sent += await errorQueues.SendBackAsync(queue, ids, context.CancellationToken);
        }

        return new RetryFailedMessagesResponse { SentBack = sent };
    }

    [RequiresScope(Scopes.AuditRead)]
    public override async Task<ListAuditEntriesResponse> ListAuditEntries(ListAuditEntriesRequest request, ServerCallContext context)
    {
        var problems = new List<(string Field, string Reason)>();
        if (request.Since is null)
        {
            problems.Add(("since", "is required: the time from which to list"));
        }

        if (request.Limit is < 0 or > MaxAuditLimit)
        {
            problems.Add(("limit", $"must be between 1 and {MaxAuditLimit} (0 for the default, {DefaultAuditLimit}); was {request.Limit}"));
        }

        if (problems.Count > 0)
        {
            throw InvalidArgument.ForFields(problems);
        }

        var since = request.Since!.ToDateTimeOffset();
        var entries = db.Set<Auditing.AuditEntry>().AsNoTracking().Where(e => e.At >= since);
        if (request.Caller.Length > 0)
        {
            entries = entries.Where(e => e.Caller == request.Caller);
        }

        var limit = request.Limit == 0 ? DefaultAuditLimit : request.Limit;
        var response = new ListAuditEntriesResponse { Service = identity.Service, Total = await entries.LongCountAsync(context.CancellationToken) };
        response.Entries.AddRange((await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(limit)
            .ToListAsync(context.CancellationToken)).Select(e => new Contracts.Ops.V1.AuditEntry
            {
                At = Timestamp.FromDateTimeOffset(e.At),
                Caller = e.Caller,
                Client = e.Client,
                Method = e.Method,
                Keys = e.Keys,
                Outcome = e.Outcome,
            }));
        return response;
    }
}

/// <summary>The service's name as its messaging knows it (queues are named after it).</summary>
public sealed record MessagingIdentity(string Service);
