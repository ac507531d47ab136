using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.Finance.Ledger;
using Hemit.ServiceTestHost;
using Microsoft.EntityFrameworkCore;
using Xunit;
using Xunit.Abstractions;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>
/// PostgreSQL really restarted while an integration system streams ledger lines: the interrupted push answers
/// UNAVAILABLE (nothing of it kept), the client pushes the same rows again until it succeeds, and each line is
/// stored once; the service recovers without being restarted.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class DatabaseRestartTests(ServersFixture servers, ITestOutputHelper output)
{
    [Fact]
    public async Task A_push_interrupted_by_a_database_restart_is_pushed_again_and_every_line_is_stored_once()
    {
        using var finance = new ServiceUnderTest<FinanceGrpcService, FinanceDbContext>(new Dictionary<string, string>
        {
            ["financedb"] = await servers.CreateDatabaseAsync("finance"),
            ["messaging"] = ServersFixture.UnreachableBroker,
        });
        var client = new FinanceService.FinanceServiceClient(finance.Channel);
        var before = Lines(2020).ToList();
        var during = Lines(2021).ToList();
        Assert.Equal(before.Count, (await Push(client, before)).Accepted);

        // The stream is sent while the database is down; its rows are written at its end, which cannot succeed.
        await servers.StopPostgresAsync();
        RpcException interrupted;
        try
        {
            interrupted = await Assert.ThrowsAsync<RpcException>(() => Push(client, during));
        }
        finally
        {
            await servers.StartPostgresAgainAsync();
        }

        Assert.Equal(StatusCode.Unavailable, interrupted.StatusCode);
        Assert.Contains("nothing of this call was kept", interrupted.Status.Detail);

        // The client's retry: the same rows, again, until the service takes them.
        var attempts = 1;
        ImportSummary? summary = null;
        while (summary is null)
        {
            attempts++;
            try
            {
                summary = await Push(client, during);
            }
            catch (RpcException retry) when (retry.StatusCode == StatusCode.Unavailable && attempts < 20)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }

        output.WriteLine($"database restarted: {before.Count} lines before, {during.Count} lines pushed in {attempts} attempts");
        Assert.Equal(during.Count, summary.Accepted);
        var stored = await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync());
        Assert.Equal(before.Count + during.Count, stored);
        // Pushing the same again changes nothing: each line is there once.
        Assert.Equal(during.Count, (await Push(client, during)).Unchanged);
    }

    private static Task<ImportSummary> Push(FinanceService.FinanceServiceClient client, IEnumerable<LedgerLine> lines) =>
        ServiceUnderTest<FinanceGrpcService, FinanceDbContext>.PushAsync(client.ImportLedgerLines(), lines);

    private static IEnumerable<LedgerLine> Lines(int year) =>
        from month in Enumerable.Range(1, 12)
        from line in new[] { "salaries_permanent", "earmarked_grants", "financial_costs" }
        from scenario in new[] { Scenario.Actual, Scenario.Budget }
        select new LedgerLine
        {
            Period = Period.Of(year, month),
            Line = line,
            Scenario = scenario,
            Amount = Money.FromDecimal(month * 1000m + (scenario == Scenario.Budget ? 0.5m : 0m)),
        };
}
