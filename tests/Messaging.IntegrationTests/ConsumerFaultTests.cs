using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.Inbox;
using Hemit.Contracts.Events;
using Hemit.Contracts.Ops.V1;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>
/// Governance's database is really made unreachable (PostgreSQL refuses new connections to it and its open ones are
/// ended) while a <see cref="MonthClosed"/> arrives: a short outage is ridden out by the consumer's retries; a long one
/// ends in the error queue, which ops shows and sends back, and the month is recorded exactly once either way.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class ConsumerFaultTests(ServersFixture servers)
{
    private const string Queue = "governance-month-closed-handler";
    private static readonly TimeSpan EventuallyLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_database_away_for_a_few_seconds_is_ridden_out_by_retries_and_the_message_handled_once()
    {
        var database = await servers.CreateDatabaseAsync("governance");
        using var governance = await StartGovernanceWithRetriesAsync(database, retryIntervals: [1, 1, 2, 2, 4]);
        var closed = new MonthClosed("finance", 2021, 10);

        await using (await DatabaseOutage.BeginAsync(servers.PostgresServer, database))
        {
            await governance.Services.GetRequiredService<IBus>().Publish(closed, context => context.MessageId = closed.Id);
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        var restoredAt = DateTimeOffset.UtcNow;
        var handled = await EventuallyAsync(() => InboxRowsAsync(governance, closed.Id), rows => rows.Count == 1);
        // Handled by an attempt after the database came back: a retry, not the first delivery.
        Assert.True(handled[0].ReceivedAt >= restoredAt.AddSeconds(-1), $"handled at {handled[0].ReceivedAt:O}, database back at {restoredAt:O}");
        Assert.Equal(1, await ClosingsAsync(governance, closed.Id));
        var failed = await new OpsService.OpsServiceClient(governance.Channel).ListFailedMessagesAsync(new ListFailedMessagesRequest());
        Assert.Equal(0, failed.Queues.Single(q => q.Queue == Queue).Count);
    }

    [Fact]
    public async Task A_message_that_outlasts_its_retries_waits_in_the_error_queue_shows_in_ops_and_is_handled_once_when_sent_back()
    {
        var database = await servers.CreateDatabaseAsync("governance");
        using var governance = await StartGovernanceWithRetriesAsync(database, retryIntervals: [0.2, 0.2]);
        var ops = new OpsService.OpsServiceClient(governance.Channel);
        var closed = new MonthClosed("hrmetrics", 2021, 10);

        ListFailedMessagesResponse failed;
        await using (await DatabaseOutage.BeginAsync(servers.PostgresServer, database))
        {
            await governance.Services.GetRequiredService<IBus>().Publish(closed, context => context.MessageId = closed.Id);
            failed = await EventuallyAsync(
                async () => await ops.ListFailedMessagesAsync(new ListFailedMessagesRequest()),
                response => response.Queues.Single(q => q.Queue == Queue).Count == 1);
        }

        var message = Assert.Single(failed.Queues.Single(q => q.Queue == Queue).Messages);
        Assert.Equal("governance", failed.Service);
        Assert.Equal(closed.Id.ToString(), message.MessageId);
        Assert.Equal("MonthClosed", message.MessageType);
        Assert.Contains("not currently accepting connections", message.Reason);
        Assert.NotNull(message.FailedAt);
        Assert.Equal(0, await ClosingsAsync(governance, closed.Id));

        var retried = await ops.RetryFailedMessagesAsync(new RetryFailedMessagesRequest { Queue = Queue });

        Assert.Equal(1, retried.SentBack);
        await EventuallyAsync(() => ClosingsAsync(governance, closed.Id), count => count == 1);
        var after = await ops.ListFailedMessagesAsync(new ListFailedMessagesRequest());
        Assert.Equal(0, after.Queues.Single(q => q.Queue == Queue).Count);
        Assert.Single(await InboxRowsAsync(governance, closed.Id));
    }

    [Fact]
    public async Task Ops_refuses_a_queue_the_service_does_not_have_naming_its_queues()
    {
        using var governance = await StartGovernanceWithRetriesAsync(await servers.CreateDatabaseAsync("governance"), retryIntervals: [0.2]);

        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => new OpsService.OpsServiceClient(governance.Channel)
            .RetryFailedMessagesAsync(new RetryFailedMessagesRequest { Queue = "finance-ledger" }).ResponseAsync);

        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains("'finance-ledger' is not a queue of governance", refused.Status.Detail);
        Assert.Contains(Queue, refused.Status.Detail);
    }

    [Fact]
    public async Task A_database_away_beyond_the_retries_is_ridden_out_by_a_delayed_redelivery_that_survives_a_broker_restart()
    {
        var database = await servers.CreateDatabaseAsync("governance");
        using var governance = await StartGovernanceWithRetriesAsync(database, retryIntervals: [0.2, 0.2], redeliveryDelays: [15]);
        var ops = new OpsService.OpsServiceClient(governance.Channel);
        var closed = new MonthClosed("projects", 2021, 10);

        await using (await DatabaseOutage.BeginAsync(servers.PostgresServer, database))
        {
            await governance.Services.GetRequiredService<IBus>().Publish(closed, context => context.MessageId = closed.Id);
            // Its retries spent, the message waits on the broker for its next try, not in the error queue.
            var parked = await EventuallyAsync(
                async () => (await ops.ListFailedMessagesAsync(new ListFailedMessagesRequest())).Queues.Single(q => q.Queue == Queue),
                queue => queue.AwaitingRedelivery == 1);
            Assert.Equal(0, parked.Count);
        }

        // The broker restarts while the message is parked (due 15 s after parking): the delay queue is durable, so the
        // message is handled after the restart, however long that took.
        var brokerStopped = DateTimeOffset.UtcNow;
        await servers.StopBrokerAsync();
        await servers.StartBrokerAgainAsync();
        await WaitForBusAsync(governance);

        await EventuallyAsync(() => ClosingsAsync(governance, closed.Id), count => count == 1);
        var after = (await ops.ListFailedMessagesAsync(new ListFailedMessagesRequest())).Queues.Single(q => q.Queue == Queue);
        Assert.Equal(0, after.Count);
        Assert.Equal(0, after.AwaitingRedelivery);
        var handled = Assert.Single(await InboxRowsAsync(governance, closed.Id));
        Assert.True(handled.ReceivedAt > brokerStopped, $"handled at {handled.ReceivedAt:O}, before the broker stopped at {brokerStopped:O}");
    }

    [Fact]
    public async Task A_message_that_outlasts_its_redeliveries_goes_to_the_error_queue()
    {
        var database = await servers.CreateDatabaseAsync("governance");
        using var governance = await StartGovernanceWithRetriesAsync(database, retryIntervals: [0.2], redeliveryDelays: [1, 2]);
        var ops = new OpsService.OpsServiceClient(governance.Channel);
        var closed = new MonthClosed("servicedesk", 2021, 10);

        await using (await DatabaseOutage.BeginAsync(servers.PostgresServer, database))
        {
            await governance.Services.GetRequiredService<IBus>().Publish(closed, context => context.MessageId = closed.Id);
            var failed = await EventuallyAsync(
                async () => (await ops.ListFailedMessagesAsync(new ListFailedMessagesRequest())).Queues.Single(q => q.Queue == Queue),
                queue => queue.Count == 1);
            Assert.Equal(0, failed.AwaitingRedelivery);
            Assert.Contains("not currently accepting connections", Assert.Single(failed.Messages).Reason);
        }

        Assert.Equal(0, await ClosingsAsync(governance, closed.Id));
        // The queue is governance's on the shared broker: leave it empty for the next test.
        await using var broker = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(servers.Messaging) }.CreateConnectionAsync();
        await using var channel = await broker.CreateChannelAsync();
        Assert.Equal(1u, await channel.QueuePurgeAsync(Queue + "_error"));
    }

    [Fact]
    public async Task A_message_that_cannot_be_handled_fails_alone_while_those_arriving_with_it_are_handled_once()
    {
        using var governance = await StartGovernanceWithRetriesAsync(await servers.CreateDatabaseAsync("governance"), retryIntervals: [0.2]);
        var bus = governance.Services.GetRequiredService<IBus>();
        var ops = new OpsService.OpsServiceClient(governance.Channel);
        // A source name longer than governance keeps (64 characters): its closing can never be saved.
        var poisoned = new MonthClosed(new string('ø', 65), 2021, 11);
        var good = Enumerable.Range(1, 40).Select(i => new MonthClosed("økonomi", 2000 + i, 1)).ToList();

        // Published at once, so they arrive together and are handled side by side.
        await Task.WhenAll(good.Take(20).Append(poisoned).Concat(good.Skip(20)).Select(m => bus.Publish(m, c => c.MessageId = m.Id)));

        var failed = await EventuallyAsync(
            async () => (await ops.ListFailedMessagesAsync(new ListFailedMessagesRequest())).Queues.Single(q => q.Queue == Queue),
            queue => queue.Count == 1);
        Assert.Equal(poisoned.Id.ToString(), Assert.Single(failed.Messages).MessageId);
        var goodIds = good.Select(m => m.Id).ToArray();
        await EventuallyAsync(() => governance.QueryAsync(db => db.SourceClosings.CountAsync(c => goodIds.Contains(c.EventId))), count => count == good.Count);
        Assert.Equal(good.Count, await governance.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => goodIds.Contains(m.MessageId))));
        Assert.Equal(0, await ClosingsAsync(governance, poisoned.Id));
        Assert.Empty(await InboxRowsAsync(governance, poisoned.Id));

        await using var broker = await new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(servers.Messaging) }.CreateConnectionAsync();
        await using var channel = await broker.CreateChannelAsync();
        Assert.Equal(1u, await channel.QueuePurgeAsync(Queue + "_error"));
    }

    private static Task WaitForBusAsync(ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext> governance) =>
        ServersFixture.WaitForBusAsync(governance.Services);

    /// <summary>Governance with short pauses; no delayed redelivery unless <paramref name="redeliveryDelays"/> are given.</summary>
    private Task<ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>> StartGovernanceWithRetriesAsync(
        string database, double[] retryIntervals, double[]? redeliveryDelays = null) =>
        servers.StartGovernanceAsync(database, services => services.Configure<MessagingOptions>(options =>
        {
            options.RetryIntervals = [.. retryIntervals.Select(TimeSpan.FromSeconds)];
            options.RedeliveryDelays = [.. (redeliveryDelays ?? []).Select(TimeSpan.FromSeconds)];
        }));

    private static Task<int> ClosingsAsync(ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext> governance, Guid eventId) =>
        governance.QueryAsync(db => db.SourceClosings.CountAsync(c => c.EventId == eventId));

    private static Task<List<InboxMessage>> InboxRowsAsync(ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext> governance, Guid messageId) =>
        governance.QueryAsync(db => db.Set<InboxMessage>().AsNoTracking().Where(m => m.MessageId == messageId).ToListAsync());

    private static Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done) =>
        Eventually.ReachAsync(probe, done, "the expected state", EventuallyLimit);
}
