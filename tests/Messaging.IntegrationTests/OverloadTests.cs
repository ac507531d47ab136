using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.ServiceTestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>More streaming pushes than a service takes at once: the extra one waits its turn, then is told to come back.</summary>
[Collection(ServersCollection.Name)]
public sealed class OverloadTests(ServersFixture servers)
{
    [Fact]
    public async Task Pushes_beyond_capacity_are_refused_with_resource_exhausted_and_a_retry_delay_and_the_others_complete()
    {
        using var finance = new ServiceUnderTest<FinanceGrpcService, FinanceDbContext>(
            new Dictionary<string, string> { ["financedb"] = await servers.CreateDatabaseAsync("finance"), ["messaging"] = ServersFixture.UnreachableBroker },
            services => services.Configure<IngestLimitOptions>(options =>
            {
                options.MaxConcurrentStreams = 2;
                options.QueueTimeout = TimeSpan.FromSeconds(1);
            }));
        var client = new FinanceService.FinanceServiceClient(finance.Channel);

        // Two pushes hold both slots: each has sent a line and not yet finished.
        using var first = client.ImportLedgerLines();
        using var second = client.ImportLedgerLines();
        await first.RequestStream.WriteAsync(Line(1));
        await second.RequestStream.WriteAsync(Line(2));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        using var third = client.ImportLedgerLines();
        var refused = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await third.RequestStream.WriteAsync(Line(3));
            await third.RequestStream.CompleteAsync();
            await third;
        });

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.Contains("2 imports are already running", refused.Status.Detail);
        var retry = refused.GetRpcStatus()?.GetDetail<Google.Rpc.RetryInfo>();
        Assert.Equal(TimeSpan.FromSeconds(1), retry?.RetryDelay.ToTimeSpan());

        await first.RequestStream.CompleteAsync();
        await second.RequestStream.CompleteAsync();
        Assert.Equal(1, (await first).Accepted);
        Assert.Equal(1, (await second).Accepted);
        // With the slots free again a push goes through, and the refused one wrote nothing.
        Assert.Equal(1, (await ServiceUnderTest<FinanceGrpcService, FinanceDbContext>.PushAsync(client.ImportLedgerLines(), [Line(3)])).Accepted);
        Assert.Equal(3, await finance.QueryAsync(db => db.Set<Hemit.Finance.Ledger.LedgerEntry>().CountAsync()));
    }

    private static LedgerLine Line(int month) => new()
    {
        Period = Period.Of(2021, month),
        Line = "salaries_permanent",
        Scenario = Scenario.Actual,
        Amount = Money.FromDecimal(1000m * month),
    };
}
