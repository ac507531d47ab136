using Hemit.BuildingBlocks.Inbox;
using Hemit.Contracts.Events;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>
/// What several replicas of one service share: a database they all migrate at start-up, and the queues they all
/// consume from. Real PostgreSQL and RabbitMQ, each replica a host of its own with the service's real Program.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class ReplicaStartAndCompetitionTests(ServersFixture servers)
{
    [Fact]
    public async Task Three_replicas_starting_at_once_on_a_fresh_database_apply_each_migration_once_and_all_answer()
    {
        var database = await servers.CreateDatabaseAsync("finance");

        // All three migrate at start-up at the same moment (EF Core takes an exclusive lock on the history table).
        var replicas = await Task.WhenAll(Enumerable.Range(0, 3).Select(replica => Task.Run(() =>
        {
            var host = new ServiceUnderTest<FinanceGrpcService, FinanceDbContext>(new Dictionary<string, string>
            {
                ["financedb"] = database,
                ["messaging"] = ServersFixture.UnreachableBroker,
            });
            _ = host.Channel;
            return host;
        })));
        try
        {
            var known = await replicas[0].QueryAsync(db => Task.FromResult(db.Database.GetMigrations().Order().ToList()));
            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"", connection);
            var applied = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    applied.Add(reader.GetString(0));
                }
            }

            Assert.Equal(known, applied);
            foreach (var replica in replicas)
            {
                Assert.Empty(await replica.QueryAsync(db => db.Database.GetPendingMigrationsAsync()));
                Assert.Equal(0, await replica.QueryAsync(db => db.Set<Hemit.BuildingBlocks.Outbox.OutboxMessage>().CountAsync()));
            }
        }
        finally
        {
            foreach (var replica in replicas)
            {
                replica.Dispose();
            }
        }
    }

    [Fact]
    public async Task Two_consumer_replicas_on_one_queue_share_the_messages_and_record_each_once_even_when_each_is_sent_twice()
    {
        var database = await servers.CreateDatabaseAsync("governance");
        using var first = await servers.StartGovernanceAsync(database);
        using var second = await servers.StartGovernanceAsync(database);
        var seenByFirst = new ConsumedMessages<MonthClosed>();
        var seenBySecond = new ConsumedMessages<MonthClosed>();
        using var observingFirst = first.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(seenByFirst);
        using var observingSecond = second.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(seenBySecond);
        // Years no other test uses; each announcement published twice, as a relay that lost its mark would.
        var events = Enumerable.Range(0, 300).Select(i => new MonthClosed("servicedesk", 1500 + i / 12, i % 12 + 1)).ToList();
        var bus = first.Services.GetRequiredService<IBus>();
        foreach (var closed in events.Concat(events))
        {
            await bus.Publish(closed, context => context.MessageId = closed.Id);
        }

        await Eventually.ReachAsync(
            () => Task.FromResult(events.Sum(e => seenByFirst.Consumed(e.Id) + seenByFirst.Faulted(e.Id) + seenBySecond.Consumed(e.Id) + seenBySecond.Faulted(e.Id))),
            deliveries => deliveries == 2 * events.Count, "every copy through a consumer", TimeSpan.FromSeconds(90));

        var recorded = await first.QueryAsync(db => db.SourceClosings.Where(c => c.Source == "servicedesk" && c.Year < 1600).Select(c => c.EventId).ToListAsync());
        Assert.Equal(events.Count, recorded.Count);
        Assert.Equal(events.Select(e => e.Id).Order(), recorded.Order());
        Assert.Equal(events.Count, await first.QueryAsync(db => db.Set<InboxMessage>().CountAsync(m => events.Select(e => e.Id).Contains(m.MessageId))));
        // Both replicas took part: the broker hands a queue's messages round the consumers bound to it.
        Assert.True(events.Any(e => seenByFirst.Consumed(e.Id) > 0) && events.Any(e => seenBySecond.Consumed(e.Id) > 0),
            "both replicas consumed some of the messages");
        Assert.All(events, e => Assert.Equal(0, seenByFirst.Faulted(e.Id) + seenBySecond.Faulted(e.Id)));
    }
}
