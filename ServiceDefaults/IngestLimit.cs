using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>How many streaming pushes a service takes at once (<c>Ingest</c> configuration section).</summary>
public sealed class IngestLimitOptions
{
    public const string Section = "Ingest";

    /// <summary>Streams handled at once; each holds a database connection while it writes.</summary>
    public int MaxConcurrentStreams { get; set; } = 8;

    /// <summary>How long a stream beyond the limit waits for a turn before it is refused.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Records one push may hold: a service validates a whole push in memory before it writes any of it.</summary>
    public int MaxRecordsPerStream { get; set; } = 500_000;

    /// <summary>The largest single message a service reads (gRPC's own limit, made explicit).</summary>
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;
}

/// <summary>
/// Bounds the streaming pushes (imports) a service works on at once, so a burst of integration systems slows down or
/// is told to come back (RESOURCE_EXHAUSTED with a google.rpc.RetryInfo) instead of exhausting the connection pool
/// or the process. Unary calls (reads, closing a month) are not limited here.
/// </summary>
public sealed class IngestLimitInterceptor(IOptions<IngestLimitOptions> options) : Interceptor
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentStreams, options.Value.MaxConcurrentStreams);

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await WaitForTurnAsync(context);
        try
        {
            return await continuation(new BoundedStreamReader<TRequest>(requestStream, options.Value.MaxRecordsPerStream), context);
        }
        finally
        {
            _slots.Release();
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        await WaitForTurnAsync(context);
        try
        {
            await continuation(new BoundedStreamReader<TRequest>(requestStream, options.Value.MaxRecordsPerStream), responseStream, context);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task WaitForTurnAsync(ServerCallContext context)
    {
        if (await _slots.WaitAsync(options.Value.QueueTimeout, context.CancellationToken))
        {
            return;
        }

        var status = new Google.Rpc.Status
        {
            Code = (int)Code.ResourceExhausted,
            Message = $"{options.Value.MaxConcurrentStreams} imports are already running here and none finished within " +
                      $"{options.Value.QueueTimeout.TotalSeconds:0} s; nothing of this one was read or written: push it again shortly",
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(options.Value.QueueTimeout) }) },
        };
        throw status.ToRpcException();
    }
}

/// <summary>
/// Ends a push that holds more records than a service reads at once, while it is still being read, so nothing of it
/// is written: INVALID_ARGUMENT, since sending the same push again cannot succeed.
/// </summary>
internal sealed class BoundedStreamReader<T>(IAsyncStreamReader<T> inner, int maxRecords) : IAsyncStreamReader<T>
{
    private int _read;

    public T Current => inner.Current;

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        if (!await inner.MoveNext(cancellationToken))
        {
            return false;
        }

        if (++_read > maxRecords)
        {
            throw IngestRefusal.TooManyRecords(maxRecords);
        }

        return true;
    }
}

internal static class IngestRefusal
{
    public static RpcException TooManyRecords(int maxRecords) => new(new Grpc.Core.Status(StatusCode.InvalidArgument,
        $"A push holds at most {maxRecords:N0} records and this one has more; nothing of it was written. " +
        "Split it into several pushes (each record's source key makes pushing again safe)."));
}

/// <summary>Reading a push whose messages each carry many records (an import's <c>…Batches</c> method).</summary>
public static class IngestBatches
{
    /// <summary>
    /// The records of <paramref name="batches"/> one after the other, as the same push sent a record to a message
    /// would give them, so an importer reads both alike and numbers rows across the batches; the per-push record
    /// limit (<see cref="IngestLimitOptions.MaxRecordsPerStream"/>) counts records here, not messages.
    /// </summary>
    public static IAsyncStreamReader<TRecord> Records<TBatch, TRecord>(
        this IAsyncStreamReader<TBatch> batches, Func<TBatch, IReadOnlyList<TRecord>> recordsOf, ServerCallContext context) =>
        new BatchRecordReader<TBatch, TRecord>(batches, recordsOf, context.GetHttpContext().RequestServices
            .GetRequiredService<IOptions<IngestLimitOptions>>().Value.MaxRecordsPerStream);
}

internal sealed class BatchRecordReader<TBatch, TRecord>(IAsyncStreamReader<TBatch> batches, Func<TBatch, IReadOnlyList<TRecord>> recordsOf, int maxRecords)
    : IAsyncStreamReader<TRecord>
{
    private IReadOnlyList<TRecord> _batch = [];
    private int _next;
    private int _read;

    public TRecord Current { get; private set; } = default!;

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        // An empty batch is skipped, as an empty message would carry nothing.
        while (_next == _batch.Count)
        {
            if (!await batches.MoveNext(cancellationToken))
            {
                return false;
            }

            _batch = recordsOf(batches.Current);
            _next = 0;
        }

        if (++_read > maxRecords)
        {
            throw IngestRefusal.TooManyRecords(maxRecords);
        }

        Current = _batch[_next++];
        return true;
    }
}
