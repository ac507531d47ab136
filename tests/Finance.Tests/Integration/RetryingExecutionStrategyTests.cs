using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Ledger;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hemit.Finance.Tests.Integration;

/// <summary>
/// Aspire's Npgsql integration turns on a retrying execution strategy, under which EF refuses a transaction begun
/// outside the strategy. The shared transactions (import, closing, reopening) run inside it, so they work there too.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class RetryingExecutionStrategyTests(PlatformServers servers)
{
    [Fact]
    public async Task Import_close_and_reopen_work_under_a_retrying_execution_strategy()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:messaging"] = UnreachableBroker.Address });
        var database = await servers.CreateDatabaseAsync("finance_retrying");
        builder.Services.AddDbContext<FinanceDbContext>(options => options.UseNpgsql(database, npgsql => npgsql.EnableRetryOnFailure()));
        builder.AddMessaging<HostApplicationBuilder, FinanceDbContext>("finance");
        builder.Services.AddScoped<PeriodCloser<FinanceDbContext>>();
        await using var services = builder.Services.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
        await db.Database.MigrateAsync();
        var closer = scope.ServiceProvider.GetRequiredService<PeriodCloser<FinanceDbContext>>();
        LedgerEntry[] rows = [new() { Year = 2021, Month = 10, LineCode = "depreciation", Scenario = LedgerScenario.Actual, Amount = 1_200_000.50m }];

        var imported = await ImportTransaction.RunAsync(db, [LedgerRowValidator.Batch.MonthOf(1, "period", 2021, 10)], (import, ct) => import.UpsertAsync(rows, ct), CancellationToken.None);
        var closed = await closer.CloseAsync("finance", new ClosePeriodRequest { Period = Period.Of(2021, 10) }, CancellationToken.None);
        var reopened = await closer.ReopenAsync("finance",
            new ReopenPeriodRequest { Period = Period.Of(2021, 10), Reason = "Korrigering", ReopenedBy = "controller" }, CancellationToken.None);

        Assert.IsType<Npgsql.EntityFrameworkCore.PostgreSQL.NpgsqlRetryingExecutionStrategy>(db.Database.CreateExecutionStrategy());
        Assert.Equal(1, imported.Accepted);
        Assert.False(closed.AlreadyClosed);
        Assert.False(reopened.WasOpen);
        Assert.Equal(1_200_000.50m, await db.Set<LedgerEntry>().Select(e => e.Amount).SingleAsync());
        Assert.Equal(2, await db.Set<OutboxMessage>().CountAsync());
    }
}
