using System.Diagnostics;
using Grpc.Net.Client;
using Hemit.Bench.Hosting;
using Hemit.Contracts.Common.V1;

namespace Hemit.Bench.Ingest;

/// <summary>One way of writing rows into a table, and how to make the table ready for it (empty it, or seed it).</summary>
public sealed record IngestWay(int Rows, Func<Task> Write, Func<Task> Empty);

/// <summary>A share of a push done alone (its rows received and nothing written; its rows upserted and nothing received), to show what bounds the whole.</summary>
public sealed record IngestPart(string Figure, IngestWay Way, string Note);

/// <summary>
/// Issue 16, benchmark 1: rows per second through the real client-streaming gRPC method, beside (a) the limit, Npgsql
/// binary COPY of the same rows into the same table, and (b) the naive way, one EF Core SaveChanges per record.
/// Goals: at least 0.7 of COPY and at least 20 times the naive way. The ways take turns: each round runs every way once,
/// COPY first; a rate is the median of the rounds', a ratio the median of the rounds' ratios, so the machine's drift over
/// the benchmark (a quarter on the bench machine) falls on both sides of each ratio alike. Rounds are timed only once
/// the JIT has done its work: untimed rounds run until the tiered JIT of the service and of this process (COPY's side)
/// spends under <see cref="SettledJitShare"/> of a round. A CPU profile (perf) of the bench with a single warm-up round
/// found the services' tiered JIT busy through every timed round, up to half a core of the two; after 20 s of rounds
/// still a quarter of a core.
/// The push's parts, each done alone, are given beside COPY too: their rates bound the push's. The same rows in
/// <see cref="PushesAtOnce"/> pushes started together are given beside the one push: whether several integrations
/// sending at once get more through the service, or get in each other's way.
/// </summary>
public static class IngestComparison
{
    /// <summary>Rows sent a thousand to a message through the <c>…Batches</c> method.</summary>
    public const int BatchSize = 1_000;

    /// <summary>Pushes started together, as that many integrations would send: what a service takes at once by default (Ingest:MaxConcurrentStreams).</summary>
    public const int PushesAtOnce = 8;

    /// <summary>The tiered JIT's CPU, as a share of a round's wall time, below which the code is taken as compiled and rounds are timed.</summary>
    public const double SettledJitShare = 0.02;

    /// <summary>Untimed rounds run at least this long, and at most <see cref="WarmUpLimit"/> when the JIT does not settle.</summary>
    private static readonly TimeSpan WarmUpLeast = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(120);

    /// <summary>Stops the benchmark unless <paramref name="service"/> took the push as meant: so many rows new or changed, so many unchanged.</summary>
    public static void Expect(ImportSummary summary, int accepted, int unchanged, string service)
    {
        if ((summary.Accepted, summary.Unchanged) != (accepted, unchanged))
        {
            throw new InvalidOperationException(
                $"{service} took {summary.Accepted} rows as new or changed and {summary.Unchanged} as unchanged; expected {accepted} and {unchanged}");
        }
    }

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(
        string benchmark, int rounds, bool judged, ServiceProcess service, IngestWay grpc, IngestWay batched, IngestWay sentAgain, IngestWay copy, IngestWay naive,
        IngestWay atOnce, params IngestPart[] parts)
    {
        var load = Measure.LoadAverage();
        IngestWay[] ways = [copy, grpc, batched, sentAgain, naive, atOnce, .. parts.Select(p => p.Way)];
        var rates = ways.Select(_ => new List<double>()).ToArray();
        await using var jit = new TieredJitWatch(service.ProcessId, Environment.ProcessId);
        var warmUp = Stopwatch.StartNew();
        var warmUpRounds = 0;
        double jitShare;
        do
        {
            var (jitBefore, roundStart) = (jit.Spent, warmUp.Elapsed);
            await RoundAsync(ways);
            warmUpRounds++;
            jitShare = (jit.Spent - jitBefore) / (warmUp.Elapsed - roundStart);
        }
        while (judged && warmUp.Elapsed < WarmUpLimit && (warmUp.Elapsed < WarmUpLeast || jitShare >= SettledJitShare));

        var warmedUp = warmUp.Elapsed;
        var (timedJitBefore, timedStart) = (jit.Spent, warmUp.Elapsed);

        for (var round = 0; round < rounds; round++)
        {
            var seconds = await RoundAsync(ways);
            for (var i = 0; i < ways.Length; i++)
            {
                rates[i].Add(ways[i].Rows / seconds[i]);
            }
        }

        var timedJitShare = (jit.Spent - timedJitBefore) / (warmUp.Elapsed - timedStart);

        // The service's table keeps the last round's rows: the query benchmark reads them.
        await grpc.Empty();
        await grpc.Write();

        double Rate(IngestWay way) => Measure.Median(rates[Array.IndexOf(ways, way)]);
        double Ratio(IngestWay way, IngestWay against)
        {
            var (of, to) = (rates[Array.IndexOf(ways, way)], rates[Array.IndexOf(ways, against)]);
            return Measure.Median(of.Select((rate, round) => rate / to[round]));
        }

        string Ms(IngestWay way) => $"{way.Rows / Rate(way) * 1000:0}";
        var ofCopy = Ratio(grpc, copy);
        var batchesOfCopy = Ratio(batched, copy);
        return
        [
            new(benchmark, "gRPC stream", Rate(grpc), "rows/s", "COPY", ofCopy, ">= 0.70", judged ? ofCopy >= 0.7 : null,
                $"{grpc.Rows} rows in one stream, a row a message, into an empty table; median of {rounds} rounds after {warmUpRounds} untimed ({warmedUp.TotalSeconds:0} s, the last with the JIT at {jitShare:P1} of a core, the timed ones {timedJitShare:P1}); load {load:0.0}"),
            new(benchmark, "gRPC stream", Rate(grpc), "rows/s", "naive SaveChanges", Ratio(grpc, naive), ">= 20", judged ? Ratio(grpc, naive) >= 20 : null,
                $"naive: {naive.Rows} rows, one SaveChanges each"),
            new(benchmark, "gRPC stream of batches", Rate(batched), "rows/s", "COPY", batchesOfCopy, ">= 0.70", judged ? batchesOfCopy >= 0.7 : null,
                $"the same rows through the …Batches method, {BatchSize:N0} rows a message; {Ratio(batched, grpc):0.00} x a row a message"),
            new(benchmark, "gRPC stream of batches", Rate(batched), "rows/s", "naive SaveChanges", Ratio(batched, naive), ">= 20",
                judged ? Ratio(batched, naive) >= 20 : null, ""),
            new(benchmark, "batches sent again", Rate(sentAgain), "rows/s", "COPY", Ratio(sentAgain, copy), "", null,
                "the same push a second time: every row stored and unchanged, so staged and merged (nothing written, nothing announced)"),
            new(benchmark, $"{PushesAtOnce} pushes at once", Rate(atOnce), "rows/s", "one push of batches", Ratio(atOnce, batched), "", null,
                $"the same rows in {PushesAtOnce} pushes of batches started together, none sharing a row's key, each on a channel of its own; all {PushesAtOnce} taken at once (Ingest:MaxConcurrentStreams); {Ratio(atOnce, copy):0.00} of COPY"),
            new(benchmark, "COPY (limit)", Rate(copy), "rows/s", "", null, "", null, ""),
            new(benchmark, "naive SaveChanges", Rate(naive), "rows/s", "", null, "", null, ""),
            .. parts.Select(part => new BenchResult(benchmark, part.Figure, Rate(part.Way), "rows/s", "COPY", Ratio(part.Way, copy), "", null,
                $"{part.Note}; {Ms(part.Way)} ms of the push's {Ms(grpc)} ms ({Ms(batched)} ms in batches)")),
        ];
    }

    /// <summary>Pushes <paramref name="parts"/> at once, each with its own client (a channel of its own, as separate integrations would connect).</summary>
    public static async Task AtOnceAsync<TClient, TRow>(IReadOnlyList<TClient> clients, IReadOnlyList<IReadOnlyList<TRow>> parts, Func<TClient, IReadOnlyList<TRow>, Task> push) =>
        await Task.WhenAll(parts.Select((part, i) => push(clients[i], part)));

    /// <summary>A channel to <paramref name="service"/> for each of <see cref="PushesAtOnce"/> pushes, as separate integrations connect; closed with it.</summary>
    public sealed class SeparateChannels(ServiceProcess service) : IDisposable
    {
        private readonly List<GrpcChannel> _channels = [.. Enumerable.Range(0, PushesAtOnce).Select(_ => service.CreateChannel())];

        public IReadOnlyList<TClient> Clients<TClient>(Func<GrpcChannel, TClient> client) => [.. _channels.Select(client)];

        public void Dispose() => _channels.ForEach(c => c.Dispose());
    }

    /// <summary>Each way once, in turn, from its empty (or seeded) table: the seconds each write took.</summary>
    private static async Task<double[]> RoundAsync(IngestWay[] ways)
    {
        var seconds = new double[ways.Length];
        for (var i = 0; i < ways.Length; i++)
        {
            await ways[i].Empty();
            var clock = Stopwatch.StartNew();
            await ways[i].Write();
            seconds[i] = clock.Elapsed.TotalSeconds;
        }

        return seconds;
    }
}
