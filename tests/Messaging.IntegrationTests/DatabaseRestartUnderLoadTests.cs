using System.Collections.Concurrent;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.Finance.IncomeStatements;
using Hemit.Finance.Ledger;
using Hemit.ServiceTestHost;
using Microsoft.EntityFrameworkCore;
using Xunit;
using Xunit.Abstractions;

namespace Hemit.Messaging.IntegrationTests;

/// <summary>
/// PostgreSQL restarted while many integration systems push at once, more than the service takes at a time: every
/// push that was interrupted (UNAVAILABLE) or turned away (RESOURCE_EXHAUSTED) is pushed again by its client, and in
/// the end each line is stored once, by the same service process, whose connection pool is not left broken.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class DatabaseRestartUnderLoadTests(ServersFixture servers, ITestOutputHelper output)
{
    private const int Pushers = 16;
    // Each pusher pushes at least this many years, and goes on until the database is back, so that pushes are in
    // flight through the whole outage however fast the machine is.
    private const int MinimumYearsPerPusher = 10;
    private const int YearsAvailablePerPusher = 60;
    // Longer than EF Core's retrying strategy rides out (a 3 s restart interrupts nothing), so clients must push again.
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Many_pushes_across_a_database_restart_are_retried_by_their_clients_and_every_line_is_stored_once()
    {
        using var finance = new ServiceUnderTest<FinanceGrpcService, FinanceDbContext>(new Dictionary<string, string>
        {
            ["financedb"] = await servers.CreateDatabaseAsync("finance"),
            ["messaging"] = ServersFixture.UnreachableBroker,
        });
        var client = new FinanceService.FinanceServiceClient(finance.Channel);
        var refusals = new ConcurrentBag<StatusCode>();
        var completed = 0;
        var firstPushesDone = new TaskCompletionSource();
        var databaseBack = new TaskCompletionSource();
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        // Each pusher is an integration system sending a year at a time, and sending it again when told to.
        async Task PushYearsAsync(int pusher)
        {
            var pushed = 0;
            foreach (var year in YearsOf(pusher))
            {
                if (pushed >= MinimumYearsPerPusher && databaseBack.Task.IsCompleted)
                    return;
                var lines = Lines(year).ToList();
                while (true)
                {
                    giveUp.Token.ThrowIfCancellationRequested();
                    try
                    {
                        var summary = await Push(client, lines);
                        Assert.Equal(lines.Count, summary.Accepted + summary.Unchanged);
                        break;
                    }
                    catch (RpcException refused) when (refused.StatusCode is StatusCode.Unavailable or StatusCode.ResourceExhausted)
                    {
                        refusals.Add(refused.StatusCode);
                        await Task.Delay(TimeSpan.FromMilliseconds(250), giveUp.Token);
                    }
                }

                pushed++;
                if (Interlocked.Increment(ref completed) == Pushers)
                    firstPushesDone.TrySetResult();
            }

            throw new InvalidOperationException($"pusher {pusher} ran out of its {YearsAvailablePerPusher} years before the database was back");
        }

        var pushing = Task.WhenAll(Enumerable.Range(0, Pushers).Select(p => Task.Run(() => PushYearsAsync(p))));

        // The restart comes once every pusher is under way, so pushes are in flight and waiting when it happens.
        await firstPushesDone.Task.WaitAsync(giveUp.Token);
        await servers.StopPostgresAsync();
        var completedBeforeRestart = Volatile.Read(ref completed);
        try
        {
            await Task.Delay(Outage);
        }
        finally
        {
            await servers.StartPostgresAgainAsync();
            databaseBack.TrySetResult();
        }

        await pushing;

        var interrupted = refusals.Count(code => code == StatusCode.Unavailable);
        var turnedAway = refusals.Count(code => code == StatusCode.ResourceExhausted);
        var expected = completed * Lines(2000).Count();
        var stored = await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync());
        output.WriteLine($"{Pushers} pushers, {completed} pushes of {Lines(2000).Count()} lines; " +
                         $"{completedBeforeRestart} done before the restart; {interrupted} interrupted, {turnedAway} turned away; " +
                         $"{stored} of {expected} lines stored");

        Assert.True(interrupted > 0, "the restart interrupted no push: the test did not test a restart under load");
        Assert.True(completed > completedBeforeRestart, "no push was completed after the restart");
        Assert.Equal(expected, stored);

        // The same process answers reads and takes pushes again, and a year pushed once more is unchanged.
        // Pushed in the middle of the restart or not, each month's salaries are there once in the year to date.
        var year = YearsOf(Pushers / 2).First();
        var statement = await client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = Period.Of(year, 12) });
        var salaries = Assert.Single(statement.Lines, line => line.Code == "salaries_permanent");
        Assert.Equal(Amount(year, 12, Scenario.Actual), salaries.Period.Actual.ToDecimal());
        Assert.Equal(Enumerable.Range(1, 12).Sum(month => Amount(year, month, Scenario.Actual)), salaries.YearToDate.Actual.ToDecimal());
        var again = await Push(client, Lines(YearsOf(Pushers - 1).First()));
        Assert.Equal(Lines(2000).Count(), again.Unchanged);
    }

    private static IEnumerable<int> YearsOf(int pusher) => Enumerable.Range(1900 + pusher * YearsAvailablePerPusher, YearsAvailablePerPusher);

    private static Task<ImportSummary> Push(FinanceService.FinanceServiceClient client, IEnumerable<LedgerLine> lines) =>
        ServiceUnderTest<FinanceGrpcService, FinanceDbContext>.PushAsync(client.ImportLedgerLines(), lines);

    /// <summary>A year of every posted line in every scenario: 432 lines, each amount unique to its key.</summary>
    private static IEnumerable<LedgerLine> Lines(int year) =>
        from month in Enumerable.Range(1, 12)
        from line in IncomeStatementLines.Catalogue.PostedLines.Select(l => l.Code)
        from scenario in new[] { Scenario.Actual, Scenario.Budget, Scenario.Forecast }
        select new LedgerLine
        {
            Period = Period.Of(year, month),
            Line = line,
            Scenario = scenario,
            Amount = Money.FromDecimal(Amount(year, month, scenario)),
        };

    private static decimal Amount(int year, int month, Scenario scenario) => year * 100m + month + (int)scenario / 10m;
}
