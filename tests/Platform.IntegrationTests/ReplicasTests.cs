using System.Diagnostics;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;
using Xunit;

namespace Hemit.Platform.IntegrationTests;

/// <summary>The whole platform with three replicas of every service (<c>--Hemit:Replicas=3</c>), without the dashboard.</summary>
public sealed class ReplicatedPlatformStack : PlatformStack
{
    public const int Replicas = 3;

    protected override IEnumerable<string> ExtraArguments => [$"--Hemit:Replicas={Replicas}"];

    protected override bool EnableDashboard => false;

    /// <summary>Each request logged by the replica that served it, so a test can see how the proxy spread them.</summary>
    protected override void Configure(IDistributedApplicationTestingBuilder builder)
    {
        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            project.Annotations.Add(new EnvironmentCallbackAnnotation("Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics", () => "Information"));
        }
    }

    /// <summary>How many requests to <paramref name="method"/> each instance of <paramref name="service"/> logged.</summary>
    public async Task<IReadOnlyList<int>> RequestsPerInstanceAsync(string service, string method)
    {
        var logs = App.Services.GetRequiredService<ResourceLoggerService>();
        var counts = new List<int>();
        foreach (var instance in InstanceIds[service])
        {
            var count = 0;
            await foreach (var batch in logs.GetAllAsync(instance))
            {
                count += batch.Count(line => line.Content.Contains("Request starting", StringComparison.Ordinal) && line.Content.Contains("/" + method, StringComparison.Ordinal));
            }

            counts.Add(count);
        }

        return counts;
    }
}

[CollectionDefinition(Name)]
public sealed class ReplicatedPlatformCollection : ICollectionFixture<ReplicatedPlatformStack>
{
    public const string Name = "platform with three replicas";
}

/// <summary>
/// Three replicas of every service behind Aspire's proxied endpoints: the same pushes, closes and approvals sent at
/// once over separate connections (so the proxy spreads them) end with each record stored once, each event's effect
/// once and the board's numbers without gaps or duplicates; a finance replica killed in the middle loses nothing.
/// </summary>
[Collection(ReplicatedPlatformCollection.Name)]
public sealed class ReplicasTests(ReplicatedPlatformStack stack, ITestOutputHelper output)
{
    private static readonly string[] Sources = ["finance", "hrmetrics", "servicedesk", "projects"];

    [Fact]
    public async Task Concurrent_pushes_closes_and_approvals_across_three_replicas_take_effect_once_and_a_killed_replica_loses_nothing()
    {
        Assert.All(PlatformStack.Services, service => Assert.Equal(ReplicatedPlatformStack.Replicas, stack.InstanceIds[service].Count));
        output.WriteLine($"{PlatformStack.Services.Length} services x {ReplicatedPlatformStack.Replicas} replicas healthy {stack.StartedIn.TotalSeconds:0} s after the start");

        // 1. The same 72 ledger lines pushed by 12 clients, 4 times each, all at once; a finance replica is killed while
        //    they push. A push cut off fails and is pushed again, as an integration system would.
        var lines = Enumerable.Range(1, 12).SelectMany(month => new[] { "earmarked_grants", "salaries_permanent", "other_operating_costs" }
            .SelectMany(line => new[] { Scenario.Actual, Scenario.Budget }.Select(scenario => new LedgerLine
            {
                Period = Period.Of(2019, month), Line = line, Scenario = scenario, Amount = Money.FromDecimal(1000m * month + 0.5m),
            }))).ToList();
        var victim = stack.InstanceIds["finance"][0];
        var victimPid = PlatformStack.Pid(stack.Snapshot(victim));
        var completed = 0;
        var pushes = Enumerable.Range(0, 12).Select(_ => Task.Run(async () =>
        {
            var results = new List<(ImportSummary Summary, int Attempts)>();
            for (var round = 0; round < 4; round++)
            {
                results.Add(await PushUntilAcceptedAsync(lines));
                Interlocked.Increment(ref completed);
            }

            return results;
        })).ToList();
        await Eventually.ReachAsync(() => Task.FromResult(Volatile.Read(ref completed)), count => count >= 6, "the first pushes done", TimeSpan.FromSeconds(60));
        using (var process = Process.GetProcessById(victimPid))
        {
            process.Kill();
        }

        var summaries = (await Task.WhenAll(pushes)).SelectMany(results => results).ToList();
        Assert.Equal(lines.Count, summaries.Sum(s => s.Summary.Accepted));
        Assert.All(summaries, s => Assert.Equal(lines.Count, s.Summary.Accepted + s.Summary.Unchanged));
        Assert.Equal(lines.Count, await ScalarAsync("financedb", "SELECT count(*) FROM ledger_entries WHERE year = 2019"));
        output.WriteLine($"{summaries.Count} pushes of {lines.Count} lines, {summaries.Sum(s => s.Attempts - 1)} pushed again after the kill; {lines.Count} stored");
        // Each push its own connection: the proxy spread them over the replicas.
        var pushesServed = await stack.RequestsPerInstanceAsync("finance", "ImportLedgerLines");
        output.WriteLine($"ImportLedgerLines served per finance replica: {string.Join(", ", pushesServed)}");
        Assert.True(pushesServed.Count(n => n > 0) >= 2, $"the pushes reached more than one replica ({string.Join(", ", pushesServed)})");

        // The killed replica alone is started again by the AppHost; its siblings ran on.
        await Eventually.ReachAsync(() => Task.FromResult(stack.Snapshot(victim)),
            s => s.HealthStatus == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy && PlatformStack.Pid(s) != victimPid,
            "the killed finance replica restarted", TimeSpan.FromSeconds(90));
        Assert.Equal([1, 0, 0], stack.InstanceIds["finance"].Select(Restarts));

        // 2. Each source closes 2019-10 three times at once: one closing, two "already closed", one event, one effect.
        var closes = await Task.WhenAll(Sources.SelectMany(source => Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            using var channel = stack.Channel(source);
            var response = await channel.CreateCallInvoker().AsyncUnaryCall(ClosePeriodMethod(source), null, new CallOptions(),
                new ClosePeriodRequest { Period = Period.Of(2019, 10) });
            return (source, response.AlreadyClosed);
        }))));
        Assert.All(Sources, source => Assert.Equal(1, closes.Count(c => c.source == source && !c.AlreadyClosed)));
        try
        {
            await Eventually.ReachAsync(() => ScalarAsync("governancedb", "SELECT count(*) FROM source_closings WHERE year = 2019 AND month = 10"),
                count => count >= Sources.Length, "governance heard every source close", TimeSpan.FromSeconds(60));
        }
        catch (Exception)
        {
            await WriteWhereTheClosesAreAsync();
            throw;
        }

        // 3. A draft meeting next year, then the report approved three times at once: versions 1, 2, 3, and the report
        //    placed on the meeting's agenda once.
        using var governance = stack.Channel("governance");
        var board = new BoardService.BoardServiceClient(governance);
        var meetingDate = new DateOnly(DateTime.UtcNow.Year + 1, 2, 10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await board.CreateMeetingAsync(new CreateMeetingRequest { Date = meetingDate, Place = "Møterom Nidaros", Board = new MeetingPart { Start = "09:00", End = "15:00" } });
        // Compiled once first: on a busy machine a replica's first answers can outlast governance's 10 s deadline.
        await Eventually.ReachAsync(async () =>
            {
                using var channel = stack.Channel("governance");
                return (await new StatusReportService.StatusReportServiceClient(channel)
                    .GetStatusReportAsync(new GetStatusReportRequest { Period = Period.Of(2019, 10) })).Current.State;
            },
            state => state == StatusReportState.Final, "the 2019-10 report final", TimeSpan.FromSeconds(120));
        var approvals = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(ApproveAsync)));
        Assert.Equal([1, 2, 3], approvals.Order());
        await Eventually.ReachAsync(() => ScalarAsync("governancedb", "SELECT count(*) FROM inbox_messages WHERE consumer = 'StatusReportApprovedHandler'"),
            count => count >= 3, "governance handled the three approvals", TimeSpan.FromSeconds(60));
        Assert.Equal(1, await ScalarAsync("governancedb", $"SELECT count(*) FROM agenda_items WHERE meeting_date = '{meetingDate}' AND title LIKE 'Statusrapport%'"));

        // 4. The notice, then 12 saker added at once through separate connections: numbers 1..N of the year, none twice, none skipped.
        await board.IssueNoticeAsync(new IssueNoticeRequest { MeetingId = meetingDate });
        await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            using var channel = stack.Channel("governance");
            var start = new TimeOnly(11, 0).AddMinutes(15 * i);
            await new BoardService.BoardServiceClient(channel).AddAgendaItemAsync(new AddAgendaItemRequest
            {
                MeetingId = meetingDate,
                Item = new AgendaItem
                {
                    Type = AgendaItemType.Information, Title = $"Orientering {i + 1} fra Tjenesteområde Øst", Start = start.ToString("HH:mm"),
                    End = start.AddMinutes(15).ToString("HH:mm"), CaseHandler = "Styresekretær", ResponsibleManager = "Administrerende direktør",
                },
            });
        })));
        var meeting = await board.GetMeetingAsync(new GetMeetingRequest { MeetingId = meetingDate });
        var numbers = meeting.Items.Select(i => int.Parse(i.Number.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal(Enumerable.Range(1, meeting.Items.Count), numbers);
        Assert.Equal(1 + 1 + 12, meeting.Items.Count);
        Assert.Equal(meeting.Items.Count, meeting.Items.Select(i => i.Position).Distinct().Count());
        output.WriteLine($"agenda {meetingDate}: {string.Join(", ", meeting.Items.Select(i => i.Number))}");
        output.WriteLine($"AddAgendaItem served per governance replica: {string.Join(", ", await stack.RequestsPerInstanceAsync("governance", "AddAgendaItem"))}; " +
            $"ApproveStatusReport: {string.Join(", ", await stack.RequestsPerInstanceAsync("governance", "ApproveStatusReport"))}");
    }

    /// <summary>Approves 2019-10; a refusal because a source did not answer in time (a busy machine) is tried again.</summary>
    private async Task<int> ApproveAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var channel = stack.Channel("governance");
                return (await new StatusReportService.StatusReportServiceClient(channel)
                    .ApproveStatusReportAsync(new ApproveStatusReportRequest { Period = Period.Of(2019, 10), ApprovedBy = "Styret" })).Approved.Version;
            }
            catch (RpcException refused) when (attempt < 5 && refused.StatusCode == StatusCode.FailedPrecondition && refused.Status.Detail.Contains("svarte ikke", StringComparison.Ordinal))
            {
                output.WriteLine($"approval attempt {attempt}: {refused.Status.Detail}");
            }
        }
    }

    private async Task<(ImportSummary Summary, int Attempts)> PushUntilAcceptedAsync(IReadOnlyList<LedgerLine> lines)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A channel per attempt: its own connection, which the proxy gives to one of the replicas.
                using var channel = stack.Channel("finance");
                using var call = new FinanceService.FinanceServiceClient(channel).ImportLedgerLines();
                foreach (var line in lines)
                {
                    await call.RequestStream.WriteAsync(line);
                }

                await call.RequestStream.CompleteAsync();
                return (await call, attempt);
            }
            catch (Exception exception) when (attempt < 10 && exception is RpcException
                { StatusCode: StatusCode.Unavailable or StatusCode.Internal or StatusCode.Unknown or StatusCode.Cancelled or StatusCode.ResourceExhausted }
                or IOException or InvalidOperationException)
            {
                output.WriteLine($"push attempt {attempt} cut off: {exception.Message}");
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    /// <summary>Where each source's close event is (its outbox row, governance's inbox) and what the instances warned of.</summary>
    private async Task WriteWhereTheClosesAreAsync()
    {
        foreach (var source in Sources)
        {
            await using var connection = new NpgsqlConnection(await stack.ConnectionStringAsync(source + "db"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT id, occurred_at, published_at, attempts, last_error FROM outbox_messages WHERE message_type LIKE '%MonthClosed%' ORDER BY occurred_at", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                output.WriteLine($"{source} outbox: {reader.GetGuid(0)} occurred {reader.GetFieldValue<DateTimeOffset>(1):HH:mm:ss.fff} " +
                    $"published {(reader.IsDBNull(2) ? "-" : reader.GetFieldValue<DateTimeOffset>(2).ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture))} " +
                    $"attempts {reader.GetInt32(3)} {(reader.IsDBNull(4) ? "" : reader.GetString(4))}");
            }
        }

        output.WriteLine($"governance inbox MonthClosedHandler: {await ScalarAsync("governancedb", "SELECT count(*) FROM inbox_messages WHERE consumer = 'MonthClosedHandler'")}");
        var logs = stack.App.Services.GetRequiredService<ResourceLoggerService>();
        foreach (var instance in stack.InstanceIds.Values.SelectMany(ids => ids))
        {
            await foreach (var batch in logs.GetAllAsync(instance))
            {
                foreach (var line in batch.Where(l => l.IsErrorMessage || l.Content.Contains("warn", StringComparison.OrdinalIgnoreCase)
                    || l.Content.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Content.Contains("MonthClosed", StringComparison.Ordinal)))
                {
                    output.WriteLine($"{instance}: {line.Content}");
                }
            }
        }
    }

    private int Restarts(string instance) =>
        stack.Snapshot(instance).Properties.FirstOrDefault(p => p.Name == "restarts")?.Value is { } value
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private static Method<ClosePeriodRequest, ClosePeriodResponse> ClosePeriodMethod(string source) => new(
        MethodType.Unary,
        Services.GrpcServiceByResource[source],
        "ClosePeriod",
        Marshallers.Create(r => Google.Protobuf.MessageExtensions.ToByteArray(r), ClosePeriodRequest.Parser.ParseFrom),
        Marshallers.Create(r => Google.Protobuf.MessageExtensions.ToByteArray(r), ClosePeriodResponse.Parser.ParseFrom));

    private async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(await stack.ConnectionStringAsync(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
