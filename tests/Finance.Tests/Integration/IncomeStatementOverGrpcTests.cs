using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Ledger;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Finance.Tests.Integration;

/// <summary>The seed's October 2021 figures pushed over gRPC into real PostgreSQL and read back as the board paper prints them.</summary>
[Collection(ServersCollection.Name)]
public sealed class IncomeStatementOverGrpcTests(PlatformServers servers)
{
    private static readonly Hemit.Contracts.Common.V1.Period October2021 = Hemit.Contracts.Common.V1.Period.Of(2021, 10);

    [Fact]
    public async Task October_2021_pushed_over_grpc_reads_back_the_seed_statement_line_by_line()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var lines = SeedOctober2021.ReadLedger();

        var summary = await FinanceHost.PushAsync(finance.Client.ImportLedgerLines(), lines);
        var statement = await finance.Client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = October2021 });

        Assert.Equal((lines.Count, 0, 0), (summary.Accepted, summary.Unchanged, summary.Rejected));
        Assert.Equal(SeedOctober2021.Table.Keys, statement.Lines.Select(l => l.Code));
        foreach (var line in statement.Lines)
        {
            Assert.Equal(SeedOctober2021.ExpectedRow(line.Code), SeedOctober2021.PrintedRow(line));
        }

        var operating = statement.Lines.Single(l => l.Code == "operating_result");
        Assert.Equal("DRIFTSRESULTAT", operating.Name);
        Assert.Equal(-3_401_000m, operating.Period.Actual.ToDecimal());
        Assert.Equal(23_670_000m, operating.YearToDate.Actual.ToDecimal());
        Assert.Equal(1_125_000m, operating.YearToDate.Budget.ToDecimal());
        Assert.Equal(20_075_000m, operating.Annual.Forecast.ToDecimal());
        Assert.Equal(20_000_000m, statement.Lines.Single(l => l.Code == "ordinary_result").Annual.Forecast.ToDecimal());
        Assert.Equal(October2021, statement.ForecastMadeIn);
    }

    [Fact]
    public async Task Pushing_announces_the_changed_periods_and_the_moved_forecast_through_the_outbox()
    {
        using var finance = await FinanceHost.StartAsync(servers);

        await FinanceHost.PushAsync(finance.Client.ImportLedgerLines(), SeedOctober2021.ReadLedger());

        var periods = (await finance.OutboxPayloadsAsync("LedgerPeriodUpdated")).Select(p => JsonDocument.Parse(p).RootElement).ToList();
        Assert.Equal(Enumerable.Range(1, 12), periods.Select(p => p.GetProperty("month").GetInt32()));
        Assert.All(periods, p => Assert.Equal(2021, p.GetProperty("year").GetInt32()));
        var october = periods.Single(p => p.GetProperty("month").GetInt32() == 10);
        Assert.Equal(["actual", "budget", "forecast"], october.GetProperty("scenarios").EnumerateArray().Select(s => s.GetString()));

        var forecasts = (await finance.OutboxPayloadsAsync("ForecastChanged")).Select(p => JsonDocument.Parse(p).RootElement)
            .ToDictionary(p => p.GetProperty("month").GetInt32());
        Assert.Equal([6, 10, 11], forecasts.Keys.Order());
        Assert.Equal(20_000_000m, forecasts[10].GetProperty("ordinaryResultForecast").GetDecimal());
        Assert.Equal(20_075_000m, forecasts[10].GetProperty("operatingResultForecast").GetDecimal());
    }

    [Fact]
    public async Task Pushing_the_same_file_twice_changes_nothing()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var lines = SeedOctober2021.ReadLedger();
        await FinanceHost.PushAsync(finance.Client.ImportLedgerLines(), lines);
        var eventsAfterFirst = await finance.QueryAsync(db => db.Set<Hemit.BuildingBlocks.Outbox.OutboxMessage>().CountAsync());
        var statementAfterFirst = await finance.Client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = October2021 });

        var second = await FinanceHost.PushAsync(finance.Client.ImportLedgerLines(), lines);

        Assert.Equal((0, lines.Count, 0), (second.Accepted, second.Unchanged, second.Rejected));
        Assert.Equal(eventsAfterFirst, await finance.QueryAsync(db => db.Set<Hemit.BuildingBlocks.Outbox.OutboxMessage>().CountAsync()));
        Assert.Equal(statementAfterFirst, await finance.Client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = October2021 }));
    }

    [Fact]
    public async Task A_changed_amount_counts_as_accepted_and_the_rest_as_unchanged()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var lines = SeedOctober2021.ReadLedger();
        await FinanceHost.PushAsync(finance.Client.ImportLedgerLines(), lines);
        var corrected = lines.Select(l => l.Clone()).ToList();
        var salaries = corrected.Single(l => l.Period.Equals(October2021) && l.Line == "salaries_permanent" && l.Scenario == Scenario.Actual);
        salaries.Amount = Money.FromDecimal(21_383_000m);

        var summary = await FinanceHost.PushAsync(finance.Client.ImportLedgerLines(), corrected);
        var statement = await finance.Client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = October2021 });

        Assert.Equal((1, lines.Count - 1), (summary.Accepted, summary.Unchanged));
        Assert.Equal(-3_402_000m, statement.Lines.Single(l => l.Code == "operating_result").Period.Actual.ToDecimal());
    }

    [Fact]
    public async Task A_file_with_one_bad_row_writes_nothing_and_names_the_row()
    {
        using var finance = await FinanceHost.StartAsync(servers);
        var lines = SeedOctober2021.ReadLedger("ledger-one-bad-row.csv");

        var refusal = await Assert.ThrowsAsync<RpcException>(() => FinanceHost.PushAsync(finance.Client.ImportLedgerLines(), lines));

        Assert.Equal(StatusCode.InvalidArgument, refusal.StatusCode);
        var violation = Assert.Single(refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("lines[2].line", violation.Field);
        Assert.StartsWith("row 3: ", violation.Description);
        Assert.Contains("sum line", violation.Description);
        Assert.Equal(0, await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync()));
        Assert.Equal(0, await finance.QueryAsync(db => db.Set<Hemit.BuildingBlocks.Outbox.OutboxMessage>().CountAsync()));
    }
}
