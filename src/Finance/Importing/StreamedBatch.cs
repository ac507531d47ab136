using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;

namespace Hemit.Finance.Importing;

/// <summary>
/// Reads a whole client stream, validating each row and refusing rows whose natural key repeats an earlier row,
/// then refuses the batch (INVALID_ARGUMENT naming every bad row) if anything was wrong.
/// </summary>
public static class StreamedBatch
{
    public static async Task<List<TRow>> ReadAsync<TMessage, TRow, TKey>(
        IAsyncStreamReader<TMessage> stream,
        string what,
        Func<TMessage, long, RowRejections, TRow?> validate,
        Func<TRow, TKey> naturalKey,
        Func<TRow, (string Field, string Description)> describeKey,
        CancellationToken cancellationToken)
        where TRow : class
        where TKey : notnull
    {
        var rows = new List<TRow>();
        var rejections = new RowRejections();
        var firstRowOfKey = new Dictionary<TKey, long>();
        long row = 0;
        await foreach (var message in stream.ReadAllAsync(cancellationToken))
        {
            row++;
            if (validate(message, row, rejections) is not { } valid)
            {
                continue;
            }

            if (firstRowOfKey.TryGetValue(naturalKey(valid), out var first))
            {
                var (field, description) = describeKey(valid);
                rejections.Add(row, field, $"{description} was already given in row {first}; each appears once per batch");
                continue;
            }

            firstRowOfKey[naturalKey(valid)] = row;
            rows.Add(valid);
        }

        if (row == 0)
        {
            throw InvalidArgument.ForField("rows", $"the batch is empty; send at least one row ({what})");
        }

        rejections.ThrowIfAny(what);
        return rows;
    }
}
