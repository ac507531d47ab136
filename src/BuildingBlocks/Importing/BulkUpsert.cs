using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>
/// Writes a whole batch of entities inside the caller's open transaction, so N rows never cost N round trips: binary
/// COPY into a temporary staging table, then <c>INSERT … SELECT … FROM staging ON CONFLICT (primary key) DO UPDATE …
/// WHERE … IS DISTINCT FROM … RETURNING key</c>. Table, columns and the natural key (the primary key) come from the
/// service's EF Core model, so they are declared once, in its DbContext; values go through the properties' value
/// converters (enums stored as codes), so closed sets stay enums in the entities. Returns the rows that were new or
/// changed; the others were identical.
/// </summary>
internal static class BulkUpsert
{
    /// <summary>Staging tables live until commit; each upsert of a transaction gets its own, so upserts into one table or
    /// several in one transaction do not meet. One count for the process (not per row type), as a session sees them all.</summary>
    private static long _staged;

    /// <summary>Upserts the rows; returns those that were new or changed (their keys read back from the merge).</summary>
    public static async Task<IReadOnlyList<TRow>> ExecuteAsync<TRow>(
        DbContext db, IReadOnlyList<TRow> rows, UpsertStamp? stamp, CancellationToken cancellationToken)
        where TRow : class
    {
        var (table, rowOfKey, merge) = await StageAsync(db, rows, stamp, readBack: true, cancellationToken);
        await using (merge)
        {
            var changed = new List<TRow>();
            await using var reader = await merge.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = new object?[table.KeyCount];
                reader.GetValues(key!);
                changed.Add(rowOfKey[key]);
            }

            return changed;
        }
    }

    /// <summary>
    /// Upserts the rows; returns how many were new or changed, as the database counts them. For callers that need only
    /// the count: reading back every key of a large push was a tenth of its time.
    /// </summary>
    public static async Task<int> CountAsync<TRow>(DbContext db, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        var (_, _, merge) = await StageAsync(db, rows, stamp: null, readBack: false, cancellationToken);
        await using (merge)
        {
            return await merge.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Copies the rows into a new staging table and gives the merge that writes them into the target.</summary>
    private static async Task<(UpsertTable<TRow> Table, Dictionary<object?[], TRow> RowOfKey, NpgsqlCommand Merge)> StageAsync<TRow>(
        DbContext db, IReadOnlyList<TRow> rows, UpsertStamp? stamp, bool readBack, CancellationToken cancellationToken)
        where TRow : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk upsert must run inside the import's transaction.");
        var connection = (NpgsqlConnection)transaction.Connection!;
        var table = UpsertTable<TRow>.Of(db.Model, stamp?.Property);
        var rowOfKey = new Dictionary<object?[], TRow>(rows.Count, KeyComparer.Instance);
        foreach (var row in rows)
        {
            if (!rowOfKey.TryAdd(table.KeyOf(row), row))
            {
                throw new InvalidOperationException($"A bulk upsert into {table.Name} got one key twice; a batch names each row once.");
            }
        }

        var staging = $"bulk_upsert_{Interlocked.Increment(ref _staged)}";
        await using (var create = new NpgsqlCommand(table.CreateStagingSql(staging), connection, (NpgsqlTransaction)transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var writers = table.Writers;
        await using (var copy = await connection.BeginBinaryImportAsync(table.CopySql(staging), cancellationToken))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                for (var i = 0; i < writers.Count; i++)
                {
                    await writers[i](copy, row, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        var merge = new NpgsqlCommand(table.MergeSql(staging, readBack), connection, (NpgsqlTransaction)transaction);
        if (table.Stamp is { } stamped)
        {
            merge.Parameters.Add(new NpgsqlParameter("stamp", stamped.ToProvider(stamp!.Value)) { DataTypeName = stamped.StoreType });
        }

        return (table, rowOfKey, merge);
    }

    /// <summary>A natural key read back from the database equals the one sent when every part is equal.</summary>
    private sealed class KeyComparer : IEqualityComparer<object?[]>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y)
        {
            if (x is null || y is null || x.Length != y.Length)
            {
                return ReferenceEquals(x, y);
            }

            for (var i = 0; i < x.Length; i++)
            {
                if (!object.Equals(x[i], y[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object?[] key)
        {
            var hash = new HashCode();
            foreach (var part in key)
            {
                hash.Add(part);
            }

            return hash.ToHashCode();
        }
    }
}
