using System.Globalization;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events;
using Hemit.Contracts.Finance.V1;
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
using Xunit.Abstractions;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>
/// RabbitMQ really stopped (Aspire's stop command on the broker process) while finance takes ledger lines and closes
/// months: every push succeeds, the events wait in the outbox, and once the broker is back governance records each
/// closing exactly once. The outage lasts <c>HEMIT_BROKER_OUTAGE_SECONDS</c> (5 s by default; 30 s in the long run).
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class BrokerOutageTests(ServersFixture servers, ITestOutputHelper output)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(
        int.Parse(Environment.GetEnvironmentVariable("HEMIT_BROKER_OUTAGE_SECONDS") ?? "5", CultureInfo.InvariantCulture));

    [Fact]
    public async Task Ingest_during_a_broker_outage_succeeds_and_every_event_is_delivered_once_after_it()
    {
        using var governance = await servers.StartGovernanceAsync();
        var consumed = new ConsumedMessages<MonthClosed>();
        using var observing = governance.Services.GetRequiredService<IBus>().ConnectConsumeMessageObserver(consumed);
        using var finance = new ServiceUnderTest<FinanceGrpcService, FinanceDbContext>(new Dictionary<string, string>
        {
            ["financedb"] = await servers.CreateDatabaseAsync("finance"),
            ["messaging"] = servers.Messaging,
        });
        var client = new FinanceService.FinanceServiceClient(finance.Channel);
        await ServersFixture.WaitForBusAsync(finance.Services);

        await servers.StopBrokerAsync();
        var pushed = 0;
        var months = 0;
        try
        {
            // Push and close month after month for as long as the outage lasts.
            var until = DateTime.UtcNow + Outage;
            for (var month = 1; month <= 12 && (month <= 3 || DateTime.UtcNow < until); month++)
            {
                var summary = await ServiceUnderTest<FinanceGrpcService, FinanceDbContext>.PushAsync(client.ImportLedgerLines(), Lines(month));
                pushed += summary.Accepted;
                await client.ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2020, month) });
                months = month;
            }

            var rest = until - DateTime.UtcNow;
            if (rest > TimeSpan.Zero)
            {
                await Task.Delay(rest);
            }

            // Nothing reached the broker: every closing waits in the outbox.
            Assert.Equal(months, await finance.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null && m.MessageType.Contains(".MonthClosed,"))));
        }
        finally
        {
            await servers.StartBrokerAgainAsync();
        }

        Assert.Equal(months * 2, pushed);
        var closings = await Eventually.ReachAsync(
            () => governance.QueryAsync(db => db.SourceClosings.Where(c => c.Source == "finance" && c.Year == 2020).ToListAsync()),
            rows => rows.Count == months, $"governance has the {months} closings", TimeSpan.FromSeconds(90));
        Assert.Equal(Enumerable.Range(1, months), closings.Select(c => c.Month).Order());
        // Each event went through governance's consumer once (none lost, none published twice).
        var eventIds = await finance.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.MessageType.Contains(".MonthClosed,")).Select(m => m.Id).ToListAsync());
        output.WriteLine($"broker down {Outage.TotalSeconds:0} s: {pushed} ledger lines pushed, {months} months closed; " +
                         $"events sent {eventIds.Count}, delivered {eventIds.Count(id => consumed.Consumed(id) >= 1)}, " +
                         $"duplicated {eventIds.Sum(id => Math.Max(0, consumed.Consumed(id) - 1))}, lost {eventIds.Count(id => consumed.Consumed(id) == 0)}");
        Assert.All(eventIds, id => Assert.Equal(1, consumed.Consumed(id)));
        // The relay publishes a batch at once; a publish the recovering broker refused waits for the relay's next try.
        await Eventually.ReachAsync(
            () => finance.QueryAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.PublishedAt == null)),
            unpublished => unpublished == 0, "finance's outbox drained", TimeSpan.FromSeconds(90));
        // Every receive endpoint of both services is back, not only the one that took the closings (a host stopped
        // while an endpoint is still reconnecting waits on that reconnect: MassTransit's stop does not cancel it).
        await ServersFixture.WaitForBusAsync(governance.Services);
        await ServersFixture.WaitForBusAsync(finance.Services);
    }

    private static IEnumerable<LedgerLine> Lines(int month) =>
    [
        new() { Period = Period.Of(2020, month), Line = "salaries_permanent", Scenario = Scenario.Actual, Amount = Money.FromDecimal(1_250_000.50m) },
        new() { Period = Period.Of(2020, month), Line = "earmarked_grants", Scenario = Scenario.Actual, Amount = Money.FromDecimal(-1_699_000m) },
    ];

}
