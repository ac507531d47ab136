namespace Hemit.Bench.Ingest;

/// <summary>One way of writing rows into a table, and how to empty that table again.</summary>
public sealed record IngestWay(int Rows, Func<Task> Write, Func<Task> Empty);

/// <summary>A share of a push done alone (its rows received and nothing written; its rows upserted and nothing received), to show what bounds the whole.</summary>
public sealed record IngestPart(string Figure, IngestWay Way, string Note);

/// <summary>
/// Issue 16, benchmark 1: rows per second through the real client-streaming gRPC method, beside (a) the limit, Npgsql
/// binary COPY of the same rows into the same table, and (b) the naive way, one EF Core SaveChanges per record.
/// Goals: at least 0.7 of COPY and at least 20 times the naive way. Each figure is the median of the runs after a warm-up.
/// The push's parts, each done alone, are given beside COPY too: their rates bound the push's.
/// </summary>
public static class IngestComparison
{
    /// <summary>Rows sent a thousand to a message through the <c>…Batches</c> method.</summary>
    public const int BatchSize = 1_000;

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(
        string benchmark, int runs, bool judged, IngestWay grpc, IngestWay batched, IngestWay copy, IngestWay naive, params IngestPart[] parts)
    {
        var load = Measure.LoadAverage();
        var grpcRate = await Measure.MedianRateAsync(runs, grpc.Rows, grpc.Write, grpc.Empty);
        var batchedRate = await Measure.MedianRateAsync(runs, batched.Rows, batched.Write, batched.Empty);
        var copyRate = await Measure.MedianRateAsync(runs, copy.Rows, copy.Write, copy.Empty);
        var naiveRate = await Measure.MedianRateAsync(runs, naive.Rows, naive.Write, naive.Empty);
        var partRates = new List<double>();
        foreach (var part in parts)
        {
            partRates.Add(await Measure.MedianRateAsync(runs, part.Way.Rows, part.Way.Write, part.Way.Empty));
        }

        // The service's table keeps the last run's rows: the query benchmark reads them.
        await grpc.Empty();
        await grpc.Write();
        return
        [
            new(benchmark, "gRPC stream", grpcRate, "rows/s", "COPY", grpcRate / copyRate, ">= 0.70", judged ? grpcRate / copyRate >= 0.7 : null,
                $"{grpc.Rows} rows in one stream, a row a message, median of {runs}; load {load:0.0}"),
            new(benchmark, "gRPC stream", grpcRate, "rows/s", "naive SaveChanges", grpcRate / naiveRate, ">= 20", judged ? grpcRate / naiveRate >= 20 : null,
                $"naive: {naive.Rows} rows, one SaveChanges each"),
            new(benchmark, "gRPC stream of batches", batchedRate, "rows/s", "COPY", batchedRate / copyRate, ">= 0.70", judged ? batchedRate / copyRate >= 0.7 : null,
                $"the same rows through the …Batches method, {BatchSize:N0} rows a message; {batchedRate / grpcRate:0.00} x a row a message"),
            new(benchmark, "gRPC stream of batches", batchedRate, "rows/s", "naive SaveChanges", batchedRate / naiveRate, ">= 20",
                judged ? batchedRate / naiveRate >= 20 : null, ""),
            new(benchmark, "COPY (limit)", copyRate, "rows/s", "", null, "", null),
            new(benchmark, "naive SaveChanges", naiveRate, "rows/s", "", null, "", null),
            .. parts.Select((part, i) => new BenchResult(benchmark, part.Figure, partRates[i], "rows/s", "COPY", partRates[i] / copyRate, "", null,
                $"{part.Note}; {part.Way.Rows / partRates[i] * 1000:0} ms of the push's {grpc.Rows / grpcRate * 1000:0} ms")),
        ];
    }
}
