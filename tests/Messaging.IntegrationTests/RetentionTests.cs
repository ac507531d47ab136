using Hemit.BuildingBlocks.Inbox;
using Hemit.BuildingBlocks.Operations;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.ServiceTestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>The outbox and inbox tables are swept by age, with the defaults (7 days published, 30 days handled).</summary>
[Collection(ServersCollection.Name)]
public sealed class RetentionTests(ServersFixture servers)
{
    [Fact]
    public async Task Published_outbox_rows_and_handled_records_past_retention_are_removed_and_nothing_waiting_is()
    {
        using var governance = new ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>(new Dictionary<string, string>
        {
            ["governancedb"] = await servers.CreateDatabaseAsync("governance"),
            ["messaging"] = ServersFixture.UnreachableBroker,
        });
        _ = governance.Channel;
        var now = DateTimeOffset.UtcNow;
        var publishedLongAgo = Outbox(now.AddDays(-9), publishedAt: now.AddDays(-8));
        var publishedYesterday = Outbox(now.AddDays(-2), publishedAt: now.AddDays(-1));
        var waitingForAMonth = Outbox(now.AddDays(-30), publishedAt: null);
        await governance.QueryAsync(async db =>
        {
            db.Set<OutboxMessage>().AddRange(publishedLongAgo, publishedYesterday, waitingForAMonth);
            db.Set<InboxMessage>().AddRange(
                new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "MonthClosedHandler", ReceivedAt = now.AddDays(-31) },
                new InboxMessage { MessageId = Guid.NewGuid(), Consumer = "MonthClosedHandler", ReceivedAt = now.AddDays(-29) });
            return await db.SaveChangesAsync();
        });

        var retention = governance.Services.GetServices<IHostedService>().OfType<MessageRetention<GovernanceDbContext>>().Single();
        var removed = await retention.SweepAsync(CancellationToken.None);

        Assert.Equal((1, 1), removed);
        var outboxLeft = await governance.QueryAsync(db => db.Set<OutboxMessage>().Select(m => m.Id).ToListAsync());
        Assert.Equal(new[] { publishedYesterday.Id, waitingForAMonth.Id }.Order(), outboxLeft.Order());
        var inboxLeft = await governance.QueryAsync(db => db.Set<InboxMessage>().Select(m => m.ReceivedAt).ToListAsync());
        Assert.True(Assert.Single(inboxLeft) > now.AddDays(-30));
    }

    private static OutboxMessage Outbox(DateTimeOffset occurredAt, DateTimeOffset? publishedAt) => new()
    {
        Id = Guid.NewGuid(),
        MessageType = "Hemit.Contracts.Events.MonthClosed, Hemit.Contracts",
        Payload = "{}",
        OccurredAt = occurredAt,
        PublishedAt = publishedAt,
        // Past the relay's attempts, so it leaves the waiting row alone while the test looks.
        Attempts = 99,
    };
}
