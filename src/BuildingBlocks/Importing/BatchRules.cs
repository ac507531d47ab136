using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.Contracts.Common.V1;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>What a whole batch came to: the rows to write, and every bad row (nothing is written when there is one).</summary>
public sealed record CheckedBatch<TRow>(IReadOnlyList<TRow> Rows, IReadOnlyList<RowRejection> Rejections, long RowCount);

/// <summary>
/// How one kind of import judges a pushed batch: each message is validated on its own (the service's domain rules),
/// and a row whose natural key repeats an earlier row's is refused. The batch is judged whole, so the refusal names
/// every bad row, not just the first.
/// </summary>
/// <param name="what">The import's name in refusals, e.g. "Ledger import".</param>
/// <param name="rows">The stream's messages as a collection in field paths, e.g. "lines" for <c>lines[2].period</c>.</param>
/// <param name="validate">Checks one message (with its 1-based row number); adds its problems and returns null when bad.</param>
/// <param name="naturalKey">The row's idempotency key, which must be unique within a batch.</param>
/// <param name="describeKey">The field a repeated key is reported on, and the key as a person reads it.</param>
public sealed class BatchRules<TMessage, TRow, TKey>(
    string what,
    string rows,
    Func<TMessage, long, RowRejections, TRow?> validate,
    Func<TRow, TKey> naturalKey,
    Func<TRow, (string Field, string Description)> describeKey)
    where TRow : class
    where TKey : notnull
{
    private readonly Func<TMessage, long, RowRejections, TRow?> _validate = validate;
    private readonly Func<TRow, TKey> _naturalKey = naturalKey;
    private readonly Func<TRow, (string Field, string Description)> _describeKey = describeKey;

    public string What { get; } = what;

    public string Rows { get; } = rows;

    /// <summary>The month row <paramref name="row"/> (1-based) writes into through <paramref name="field"/>, as a closed-month refusal names it.</summary>
    public RowMonth MonthOf(long row, string field, int year, int month) => new(year, month, row, Rows, field);

    /// <summary>The months accepted rows write into, each named by its row (accepted rows are the stream's rows in order).</summary>
    public IReadOnlyList<RowMonth> MonthsOf(IReadOnlyList<TRow> accepted, Func<TRow, (int Year, int Month, string Field)> monthOf) =>
        accepted.Select((row, index) =>
        {
            var (year, month, field) = monthOf(row);
            return MonthOf(index + 1, field, year, month);
        }).ToList();

    /// <summary>Judges messages already in hand; never throws for bad rows.</summary>
    public CheckedBatch<TRow> Check(IEnumerable<TMessage> messages)
    {
        var batch = new Judgement(this);
        foreach (var message in messages)
        {
            batch.Add(message);
        }

        return batch.Result();
    }

    /// <summary>Reads the whole client stream, judging each row as it arrives (while the client is still sending); never throws for bad rows.</summary>
    public async Task<CheckedBatch<TRow>> CheckAsync(IAsyncStreamReader<TMessage> stream, CancellationToken cancellationToken)
    {
        var batch = new Judgement(this);
        await foreach (var message in stream.ReadAllAsync(cancellationToken))
        {
            batch.Add(message);
        }

        return batch.Result();
    }

    /// <summary>
    /// Reads the whole client stream and judges it; refuses an empty batch, or one with any bad row, with
    /// INVALID_ARGUMENT (google.rpc.BadRequest naming each bad row), before anything is written.
    /// </summary>
    public async Task<IReadOnlyList<TRow>> ReadAsync(IAsyncStreamReader<TMessage> stream, CancellationToken cancellationToken)
    {
        var result = await CheckAsync(stream, cancellationToken);
        if (result.RowCount == 0)
        {
            throw InvalidArgument.ForField(Rows, $"the batch is empty; send at least one row ({What})");
        }

        if (result.Rejections.Count > 0)
        {
            throw InvalidArgument.ForRows(result.Rejections, What, Rows);
        }

        return result.Rows;
    }

    /// <summary>One pass over a batch, row by row.</summary>
    private sealed class Judgement(BatchRules<TMessage, TRow, TKey> rules)
    {
        private readonly List<TRow> _rows = [];
        private readonly RowRejections _rejections = new();
        private readonly Dictionary<TKey, long> _firstRowOfKey = [];
        private long _row;

        public void Add(TMessage message)
        {
            _row++;
            if (rules._validate(message, _row, _rejections) is not { } valid)
            {
                return;
            }

            var key = rules._naturalKey(valid);
            if (!_firstRowOfKey.TryAdd(key, _row))
            {
                var (field, description) = rules._describeKey(valid);
                _rejections.Add(_row, field,
                    $"{description} appears more than once in this batch (first in row {_firstRowOfKey[key]}); send each once");
                return;
            }

            _rows.Add(valid);
        }

        public CheckedBatch<TRow> Result() => new(_rows, _rejections.All, _row);
    }
}
