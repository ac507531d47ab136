using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Hemit.BuildingBlocks.Outbox;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Ledger;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.Tests.Integration;

/// <summary>Månedsavslutning is final: after close-period the month takes no import until it is reopened, with who, when and why kept.</summary>
[Collection(ServersCollection.Name)]
public sealed class ClosedMonthTests(PlatformServers servers)
{
    private static readonly Period October2021 = Period.Of(2021, 10);

    private static LedgerLine Line(string period, string line, decimal amount) => new()
    {
        Period = Period.Parse(period),
        Line = line,
        Scenario = Scenario.Actual,
        Amount = Money.FromDecimal(amount),
    };

    [Fact]
    public async Task An_import_touching_a_closed_month_is_refused_with_failed_precondition_naming_the_month_and_writes_nothing()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await finance.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = October2021 });
        var outboxBefore = await finance.QueryAsync(db => db.Set<OutboxMessage>().CountAsync());

        // September is open, October is closed: the batch is refused whole, September's row included.
        var refusal = await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(finance.Client.ImportLedgerLines(),
            [Line("2021-09", "salaries_permanent", 21_000_000m), Line("2021-10", "salaries_permanent", 21_382_000m)]));

        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
        var violation = Assert.Single(refusal.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations);
        Assert.Equal("PERIOD_CLOSED", violation.Type);
        Assert.Equal("periods/2021-10", violation.Subject);
        Assert.Contains("2021-10", refusal.Status.Detail);
        Assert.Contains("nothing written", refusal.Status.Detail);
        Assert.Equal(0, await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync()));
        Assert.Equal(outboxBefore, await finance.QueryAsync(db => db.Set<OutboxMessage>().CountAsync()));
    }

    [Fact]
    public async Task After_reopening_the_month_takes_the_import_and_the_reopening_is_kept_and_announced()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var closed = await finance.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = October2021 });

        var reopened = await finance.Client.ReopenPeriodAsync(new ReopenPeriodRequest
        {
            Period = October2021, Reason = "Sen faktura fra Sykehuspartner", ReopenedBy = "controller",
        });
        var summary = await FinanceHost.PushAsync(finance.Client.ImportLedgerLines(), [Line("2021-10", "salaries_permanent", 21_382_000m)]);

        Assert.False(reopened.WasOpen);
        Assert.Equal(closed.ClosedAt, reopened.ClosedAt);
        Assert.Equal(1, summary.Accepted);
        Assert.Equal(21_382_000m, await finance.QueryAsync(db => db.Set<LedgerEntry>().Select(e => e.Amount).SingleAsync()));
        var kept = await finance.QueryAsync(db => db.Set<PeriodReopening>().SingleAsync());
        Assert.Equal((2021, 10, "controller", "Sen faktura fra Sykehuspartner"), (kept.Year, kept.Month, kept.ReopenedBy, kept.Reason));
        Assert.Equal(closed.ClosedAt.ToDateTimeOffset(), kept.ClosedAt);
        using var announced = JsonDocument.Parse(Assert.Single(await finance.OutboxPayloadsAsync("MonthReopened")));
        Assert.Equal("Sen faktura fra Sykehuspartner", announced.RootElement.GetProperty("reason").GetString());
        Assert.Equal("controller", announced.RootElement.GetProperty("reopenedBy").GetString());
        Assert.Equal(("finance", 2021, 10), (announced.RootElement.GetProperty("source").GetString(),
            announced.RootElement.GetProperty("year").GetInt32(), announced.RootElement.GetProperty("month").GetInt32()));

        // Closed again, the month is final again.
        var closedAgain = await finance.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = October2021 });
        Assert.False(closedAgain.AlreadyClosed);
        var refusal = await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(finance.Client.ImportLedgerLines(),
            [Line("2021-10", "salaries_permanent", 1m)]));
        Assert.Equal(StatusCode.FailedPrecondition, refusal.StatusCode);
    }

    [Fact]
    public async Task Reopening_a_month_that_is_open_changes_nothing_and_a_reopening_without_reason_is_refused()
    {
        using var finance = await FinanceHost.StartAsync(servers);

        var open = await finance.Client.ReopenPeriodAsync(new ReopenPeriodRequest { Period = October2021, Reason = "Feil", ReopenedBy = "controller" });
        var noReason = await Assert.ThrowsAsync<RpcException>(async () =>
            await finance.Client.ReopenPeriodAsync(new ReopenPeriodRequest { Period = October2021, ReopenedBy = "controller" }));

        Assert.True(open.WasOpen);
        Assert.Empty(await finance.OutboxPayloadsAsync("MonthReopened"));
        Assert.Equal(StatusCode.InvalidArgument, noReason.StatusCode);
        Assert.Equal("reason", Assert.Single(noReason.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations).Field);
    }

    [Fact]
    public async Task Concurrent_closes_of_one_month_all_succeed_and_announce_it_once()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        await finance.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2021, 9) }); // the service is up and migrated

        var closes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            finance.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = October2021 }).ResponseAsync));

        Assert.Single(closes, c => !c.AlreadyClosed);
        Assert.All(closes, c => Assert.Equal(closes[0].ClosedAt, c.ClosedAt));
        Assert.Equal(2, (await finance.OutboxPayloadsAsync("MonthClosed")).Count);
        Assert.Equal(1, await finance.QueryAsync(db => db.Set<ClosedPeriod>().CountAsync(p => p.Month == 10)));
    }
}
