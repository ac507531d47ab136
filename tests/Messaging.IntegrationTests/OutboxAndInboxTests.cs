using Hemit.BuildingBlocks.Inbox;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
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
/// Finance announces a closed month through its outbox; governance consumes it through its inbox.
/// Real PostgreSQL and RabbitMQ, both services in-process with their real Program.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class OutboxAndInboxTests(ServersFixture servers)
{
    private static readonly TimeSpan EventuallyLimit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_month_closed_in_finance_reaches_governance_readiness()
    {
        using var governance = await servers.StartGovernanceAsync();
        using var finance = await StartFinanceAsync(servers.Messaging);

        var closed = await new FinanceService.FinanceServiceClient(finance.Channel)
            .ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2021, 10) });
        Assert.False(closed.AlreadyClosed);

        var readiness = await EventuallyAsync(
            () => new GovernanceService.GovernanceServiceClient(governance.Channel)
                .GetReportReadinessAsync(new GetReportReadinessRequest { Period = Period.Of(2021, 10) }).ResponseAsync,
            r => r.Sources.Single(s => s.Source == "finance").Closed);

        Assert.Equal(["finance", "hrmetrics", "servicedesk", "projects"], readiness.Sources.Select(s => s.Source));
        Assert.False(readiness.Ready);
        Assert.All(readiness.Sources.Where(s => s.Source != "finance"), s => Assert.False(s.Closed));

        var again = await new FinanceService.FinanceServiceClient(finance.Channel)
            .ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2021, 10) });
        Assert.True(again.AlreadyClosed);
        Assert.Equal(closed.ClosedAt, again.ClosedAt);
    }

    [Fact]
    public async Task A_message_delivered_twice_is_handled_once()
    {
        using var governance = await servers.StartGovernanceAsync();
        var bus = governance.Services.GetRequiredService<IBus>();
        var consumed = new ConsumedMessages<MonthClosed>();
        using var observing = bus.ConnectConsumeMessageObserver(consumed);
        var duplicate = new MonthClosed("hrmetrics", 2021, 9);

        await bus.Publish(duplicate, context => context.MessageId = duplicate.Id);
        await bus.Publish(duplicate, context => context.MessageId = duplicate.Id);

        // Count only once both copies have been through the consumer, so a late second copy cannot slip in afterwards.
        await EventuallyAsync(() => Task.FromResult(consumed.Consumed(duplicate.Id) + consumed.Faulted(duplicate.Id)), deliveries => deliveries == 2);
        Assert.Equal(0, consumed.Faulted(duplicate.Id));
        Assert.Equal(1, await governance.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => m.MessageId == duplicate.Id)));
        Assert.Equal(1, await CountClosingsAsync(governance, duplicate.Id));
    }

    [Fact]
    public async Task An_event_written_while_the_broker_is_unreachable_is_published_when_it_is_back()
    {
        using var governance = await servers.StartGovernanceAsync();
        var financeDb = await servers.CreateDatabaseAsync("finance");
        Guid eventId;

        // Finance runs with a broker address where nothing listens: the close succeeds, the event waits in the outbox.
        using (var offline = StartFinance(financeDb, ServersFixture.UnreachableBroker))
        {
            await new FinanceService.FinanceServiceClient(offline.Channel)
                .ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2021, 8) });
            eventId = await SingleOutboxIdAsync(offline);
            // The relay has tried and been refused: the row is still unpublished and says why.
            var refused = await EventuallyAsync(() => OutboxRowAsync(offline, eventId), row => row.LastError is not null);
            Assert.Null(refused.PublishedAt);
        }

        // The same database with the broker back: the relay publishes the waiting row and governance sees it.
        using var online = StartFinance(financeDb, servers.Messaging);
        _ = online.Channel;
        await EventuallyAsync(() => CountClosingsAsync(governance, eventId), count => count == 1);
        // The relay marks a row once the broker confirms it, which may come after governance has already handled it.
        var published = await EventuallyAsync(() => OutboxRowAsync(online, eventId), row => row.PublishedAt is not null);
        Assert.Null(published.LastError);
    }

    [Fact]
    public async Task Two_relays_on_one_outbox_publish_each_of_many_events_exactly_once()
    {
        using var governance = await servers.StartGovernanceAsync();
        var consumed = new ConsumedMessages<MonthClosed>();
        using var observing = governance.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(consumed);
        var financeDb = await servers.CreateDatabaseAsync("finance");
        // Two finance replicas on one database: both relays compete for the same rows, in batches of 100.
        using var first = StartFinance(financeDb, servers.Messaging);
        using var second = StartFinance(financeDb, servers.Messaging);
        _ = second.Channel;
        var events = Enumerable.Range(0, 250).Select(i => new MonthClosed("finance", 1900 + i / 12, i % 12 + 1)).ToList();

        await using (var scope = first.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            events.ForEach(outbox.Add);
            await scope.ServiceProvider.GetRequiredService<FinanceDbContext>().SaveChangesAsync();
        }

        await EventuallyAsync(() => governance.QueryAsync(db => db.SourceClosings.CountAsync(c => c.Source == "finance" && c.Year < 2000)),
            count => count == events.Count);
        // Every event reached governance's consumer once: no relay published a row the other had published.
        Assert.All(events, e => Assert.Equal(1, consumed.Consumed(e.Id) + consumed.Faulted(e.Id)));
        // Nothing left unpublished, once the last batch's confirms are marked (they may come after governance handled it).
        await EventuallyAsync(() => first.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null)), unpublished => unpublished == 0);
    }

    private async Task<ServiceUnderTest<FinanceGrpcService, FinanceDbContext>> StartFinanceAsync(string messaging) =>
        StartFinance(await servers.CreateDatabaseAsync("finance"), messaging);

    private static ServiceUnderTest<FinanceGrpcService, FinanceDbContext> StartFinance(string database, string messaging)
    {
        var host = new ServiceUnderTest<FinanceGrpcService, FinanceDbContext>(new Dictionary<string, string>
        {
            ["financedb"] = database,
            ["messaging"] = messaging,
        });
        _ = host.Channel;
        return host;
    }

    private static Task<int> CountClosingsAsync(ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext> governance, Guid eventId) =>
        governance.QueryAsync(db => db.SourceClosings.CountAsync(c => c.EventId == eventId));

    private static async Task<Guid> SingleOutboxIdAsync(ServiceUnderTest<FinanceGrpcService, FinanceDbContext> finance) =>
        (await finance.QueryAsync(db => db.Set<OutboxMessage>().SingleAsync())).Id;

    private static Task<OutboxMessage> OutboxRowAsync(ServiceUnderTest<FinanceGrpcService, FinanceDbContext> finance, Guid id) =>
        finance.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.Id == id));

    private static Task<T> EventuallyAsync<T>(Func<Task<T>> probe, Func<T, bool> done) =>
        Eventually.ReachAsync(probe, done, "the expected state", EventuallyLimit);
}
