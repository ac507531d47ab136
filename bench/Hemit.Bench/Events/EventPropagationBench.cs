using System.Collections.Concurrent;
using System.Diagnostics;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Events;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Bench.Events;

/// <summary>
/// Issue 16, benchmark 3: an event written through finance's outbox (IOutbox, committed with SaveChanges) until
/// governance's consumer (<c>MonthClosedHandler</c>, an IdempotentConsumer) handles it, over real RabbitMQ with
/// publisher confirms (MassTransit's default), beside a bare MassTransit publish and consume on the same broker.
/// Latency is taken paced (one event every 20 ms, so no queue builds up): p50/p95. Throughput is a burst written in
/// commits of 100: events over the time from the first commit to the last handling, the median of three bursts. Both
/// after 15 s of warm-up bursts. Goals: p95 under 100 ms and at least 3 000 events/s.
/// </summary>
public static class EventPropagationBench
{
    private static int _nextYear = 3000;

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(PlatformServers servers, bool smoke)
    {
        var paced = smoke ? 20 : 300;
        var burst = smoke ? 200 : 2_000;
        var broker = await servers.GetMessagingConnectionStringAsync();
        using var governance = new ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>(new Dictionary<string, string>
        {
            ["governancedb"] = await servers.CreateDatabaseAsync("bench_events_governance"), ["messaging"] = broker,
        });
        using var finance = new ServiceUnderTest<FinanceGrpcService, FinanceDbContext>(new Dictionary<string, string>
        {
            ["financedb"] = await servers.CreateDatabaseAsync("bench_events_finance"), ["messaging"] = broker,
        });
        _ = governance.Channel;
        _ = finance.Channel;

        var load = Measure.LoadAverage();
        await OutboxRoundAsync(finance, governance, 20, TimeSpan.FromMilliseconds(20)); // warm-up
        // Warm-up: bursts for at least 15 s, so the tiered JIT has recompiled the hot paths before anything is timed (a
        // CPU profile of shorter warm-ups still spent a quarter of the burst in the JIT).
        var warmUp = Stopwatch.StartNew();
        do
        {
            await OutboxBurstAsync(finance, governance, burst);
        }
        while (!smoke && warmUp.Elapsed < TimeSpan.FromSeconds(15));

        var outboxLatencies = await OutboxRoundAsync(finance, governance, paced, TimeSpan.FromMilliseconds(20));
        var bursts = new List<BurstFigures>();
        for (var i = 0; i < (smoke ? 1 : 3); i++)
        {
            bursts.Add(await OutboxBurstAsync(finance, governance, burst));
        }

        var outboxBurst = Measure.Median(bursts.Select(b => b.Handled));
        var relayRate = Measure.Median(bursts.Select(b => b.Relayed));
        var cpuPerEvent = Measure.Median(bursts.Select(b => b.MachineCpuMs * 1000 / burst));
        var ownCpuPerEvent = Measure.Median(bursts.Select(b => b.ProcessCpuMs * 1000 / burst));

        await using var bare = await BareBus.StartAsync(broker);
        await bare.RoundAsync(20, TimeSpan.FromMilliseconds(20));
        var bareLatencies = await bare.RoundAsync(paced, TimeSpan.FromMilliseconds(20));
        await bare.BurstAsync(burst);
        var bareBursts = new List<(double Rate, double CpuPerEvent)>();
        for (var i = 0; i < (smoke ? 1 : 3); i++)
        {
            bareBursts.Add(await bare.BurstAsync(burst));
        }

        var bareRate = Measure.Median(bareBursts.Select(b => b.Rate));
        var bareCpuPerEvent = Measure.Median(bareBursts.Select(b => b.CpuPerEvent));

        var judged = !smoke;
        var p95 = Measure.Percentile(outboxLatencies, 95);
        return
        [
            new("events", "outbox p95", p95, "ms", $"bare p95 {Measure.Percentile(bareLatencies, 95):0.0} ms", null, "< 100 ms", judged ? p95 < 100 : null,
                $"p50 {Measure.Percentile(outboxLatencies, 50):0.0} ms (bare {Measure.Percentile(bareLatencies, 50):0.0}); {paced} paced events; load {load:0.0}"),
            new("events", "outbox rate", outboxBurst, "events/s", "bare MassTransit", outboxBurst / bareRate, ">= 3000/s", judged ? outboxBurst >= 3000 : null,
                $"burst of {burst}, commits of 100; median of {bursts.Count} after 15 s of warm-up bursts"),
            new("events", "of which relayed", relayRate, "events/s", "", null, "", null,
                "the same burst from the first commit to the last broker confirm (finance's outbox published_at)"),
            new("events", "CPU per event", cpuPerEvent, "us", $"bare {bareCpuPerEvent:0} us", cpuPerEvent / bareCpuPerEvent, "", null,
                $"busy CPU of the whole machine over the burst, per event (PostgreSQL and RabbitMQ included); {ownCpuPerEvent:0} us in this process (writer, relay, consumer)"),
            new("events", "bare MassTransit rate", bareRate, "events/s", "", null, "", null,
                $"publish with confirms, 100 in flight; median of {bareBursts.Count} after a warm-up burst; {bareCpuPerEvent:0} us of busy CPU per event, so {Environment.ProcessorCount} cores allow at most {Environment.ProcessorCount * 1e6 / bareCpuPerEvent:#,0}/s"),
        ];
    }

    /// <summary>Events written one per commit every <paramref name="pause"/>: each one's time from commit to handling, in ms.</summary>
    private static async Task<List<double>> OutboxRoundAsync(
        ServiceUnderTest<FinanceGrpcService, FinanceDbContext> finance, ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext> governance, int count, TimeSpan pause)
    {
        var committed = new Dictionary<Guid, DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var ids = await WriteAsync(finance, 1);
            committed[ids[0]] = DateTimeOffset.UtcNow;
            var left = pause - Stopwatch.GetElapsedTime(started);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(left);
            }
        }

        var handled = await HandledAsync(governance, committed.Keys);
        return committed.Select(c => (handled[c.Key] - c.Value).TotalMilliseconds).ToList();
    }

    /// <summary>
    /// A burst of events in commits of 100: events per second from the first commit to the last handling, and to the
    /// last broker confirm; with the CPU the machine and this process spent meanwhile.
    /// </summary>
    private static async Task<BurstFigures> OutboxBurstAsync(
        ServiceUnderTest<FinanceGrpcService, FinanceDbContext> finance, ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext> governance, int count)
    {
        var machineBusy = Measure.MachineBusyCpu();
        var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var first = DateTimeOffset.UtcNow;
        var ids = new List<Guid>();
        for (var written = 0; written < count; written += 100)
        {
            ids.AddRange(await WriteAsync(finance, Math.Min(100, count - written)));
        }

        var handled = await HandledAsync(governance, ids);
        var machineCpu = Measure.MachineBusyCpu() - machineBusy;
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime - processCpu;
        var wanted = ids.ToArray();
        var lastPublished = await finance.QueryAsync(db => db.Set<OutboxMessage>()
            .Where(m => wanted.Contains(m.Id)).MaxAsync(m => m.PublishedAt));
        return new BurstFigures(count / (handled.Values.Max() - first).TotalSeconds, count / (lastPublished!.Value - first).TotalSeconds,
            machineCpu.TotalMilliseconds, ownCpu.TotalMilliseconds);
    }

    private sealed record BurstFigures(double Handled, double Relayed, double MachineCpuMs, double ProcessCpuMs);

    /// <summary>Writes <paramref name="count"/> MonthClosed events through finance's own outbox in one commit.</summary>
    private static async Task<List<Guid>> WriteAsync(ServiceUnderTest<FinanceGrpcService, FinanceDbContext> finance, int count)
    {
        await using var scope = finance.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FinanceDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var events = Enumerable.Range(0, count).Select(_ =>
        {
            var n = Interlocked.Increment(ref _nextYear);
            return new MonthClosed("finance", n / 12, n % 12 + 1);
        }).ToList();
        events.ForEach(outbox.Add);
        await db.SaveChangesAsync();
        return events.Select(e => e.Id).ToList();
    }

    /// <summary>When governance's consumer took each event (its inbox row), waiting up to five minutes for all of them.</summary>
    private static async Task<Dictionary<Guid, DateTimeOffset>> HandledAsync(ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext> governance, ICollection<Guid> ids)
    {
        var wanted = ids.ToArray();
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            // Counted while waiting, read once complete: the bench's own polling stays out of the CPU it measures.
            var count = await governance.QueryAsync(db => db.Database
                .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM inbox_messages WHERE message_id = ANY({wanted})").SingleAsync());
            if (count == wanted.Length)
            {
                return await governance.QueryAsync(db => db.Database
                    .SqlQuery<HandledRow>($"SELECT message_id AS \"MessageId\", received_at AS \"ReceivedAt\" FROM inbox_messages WHERE message_id = ANY({wanted})")
                    .ToDictionaryAsync(r => r.MessageId, r => r.ReceivedAt));
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"governance handled {count} of {wanted.Length} events within five minutes");
            }

            await Task.Delay(wanted.Length > 100 ? 200 : 20);
        }
    }

    private sealed record HandledRow(Guid MessageId, DateTimeOffset ReceivedAt);

    /// <summary>A message of the bench's own, published and consumed with nothing in between: the broker's limit.</summary>
    public sealed record BenchPing(Guid Id, long SentAt);

    private sealed class BenchPingConsumer(BareBus bare) : IConsumer<BenchPing>
    {
        public Task Consume(ConsumeContext<BenchPing> context)
        {
            bare.Received(context.Message);
            return Task.CompletedTask;
        }
    }

    /// <summary>A MassTransit bus of the bench's own on the same broker, with one consumer.</summary>
    private sealed class BareBus : IAsyncDisposable
    {
        private readonly ConcurrentDictionary<Guid, double> _latencies = new();
        private IBusControl _bus = null!;

        public static async Task<BareBus> StartAsync(string broker)
        {
            var bare = new BareBus();
            bare._bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
            {
                rabbit.Host(new Uri(broker));
                rabbit.ReceiveEndpoint("hemit-bench-ping", endpoint => endpoint.Consumer(() => new BenchPingConsumer(bare)));
            });
            await bare._bus.StartAsync();
            return bare;
        }

        public void Received(BenchPing ping) =>
            _latencies[ping.Id] = Stopwatch.GetElapsedTime(ping.SentAt).TotalMilliseconds;

        public async Task<List<double>> RoundAsync(int count, TimeSpan pause)
        {
            _latencies.Clear();
            for (var i = 0; i < count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                await _bus.Publish(new BenchPing(Guid.NewGuid(), Stopwatch.GetTimestamp()));
                var left = pause - Stopwatch.GetElapsedTime(started);
                if (left > TimeSpan.Zero)
                {
                    await Task.Delay(left);
                }
            }

            await WaitForAsync(count);
            return [.. _latencies.Values];
        }

        /// <summary>Events per second of one burst, and the machine's busy CPU per event meanwhile (us).</summary>
        public async Task<(double Rate, double CpuPerEvent)> BurstAsync(int count)
        {
            _latencies.Clear();
            var machineBusy = Measure.MachineBusyCpu();
            var started = Stopwatch.GetTimestamp();
            using var inFlight = new SemaphoreSlim(100);
            await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
            {
                await inFlight.WaitAsync();
                try
                {
                    await _bus.Publish(new BenchPing(Guid.NewGuid(), Stopwatch.GetTimestamp()));
                }
                finally
                {
                    inFlight.Release();
                }
            }));
            await WaitForAsync(count);
            return (count / Stopwatch.GetElapsedTime(started).TotalSeconds, (Measure.MachineBusyCpu() - machineBusy).TotalMicroseconds / count);
        }

        public async ValueTask DisposeAsync() => await _bus.StopAsync();

        private async Task WaitForAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (_latencies.Count < count)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"the bare consumer had {_latencies.Count} of {count} messages after a minute");
                }

                await Task.Delay(5);
            }
        }
    }
}
