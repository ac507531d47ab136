using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>
/// Writes a whole batch of entities inside the caller's open transaction, so N rows never cost N round trips. Rows none
/// of which is stored yet (a first push: new months, new tickets) go straight into the target by binary COPY, the
/// fastest way PostgreSQL takes rows. Otherwise: binary COPY into a temporary staging table, then <c>INSERT … SELECT …
/// FROM staging ON CONFLICT (primary key) DO UPDATE … WHERE … IS DISTINCT FROM … RETURNING key</c>. Table, columns and
/// the natural key (the primary key) come from the service's EF Core model, so they are declared once, in its
/// DbContext; values go through the properties' value converters (enums stored as codes), so closed sets stay enums in
/// the entities. Returns the rows that were new or changed; the others were identical.
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
        var target = Target<TRow>.Of(db, stamp);
        var rowOfKey = target.RowsByKey(rows);
        if (await target.TryInsertNewAsync(rows, stamp, cancellationToken))
        {
            return rows;
        }

        await using var merge = await target.StageAsync(rows, stamp, readBack: true, cancellationToken);
        var changed = new List<TRow>();
        await using var reader = await merge.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new object?[target.Table.KeyCount];
            reader.GetValues(key!);
            changed.Add(rowOfKey[key]);
        }

        return changed;
    }

    /// <summary>
    /// Upserts the rows; returns how many were new or changed, as the database counts them. For callers that need only
    /// the count: reading back every key of a large push was a tenth of its time.
    /// </summary>
    public static async Task<int> CountAsync<TRow>(DbContext db, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        where TRow : class
    {
        var target = Target<TRow>.Of(db, stamp: null);
        target.RowsByKey(rows);
        if (await target.TryInsertNewAsync(rows, stamp: null, cancellationToken))
        {
            return rows.Count;
        }

        await using var merge = await target.StageAsync(rows, stamp: null, readBack: false, cancellationToken);
        return await merge.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The target table of one upsert, on the connection and in the transaction of the caller's import.</summary>
    private sealed record Target<TRow>(UpsertTable<TRow> Table, NpgsqlConnection Connection, NpgsqlTransaction Transaction)
        where TRow : class
    {
        private const string InsertSavepoint = "bulk_insert";

        public static Target<TRow> Of(DbContext db, UpsertStamp? stamp)
        {
            var transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction()
                ?? throw new InvalidOperationException("A bulk upsert must run inside the import's transaction.");
            return new Target<TRow>(UpsertTable<TRow>.Of(db.Model, stamp?.Property), transaction.Connection!, transaction);
        }

        /// <summary>The rows by their key; refuses a batch that names a key twice (the merge could not write it).</summary>
        public Dictionary<object?[], TRow> RowsByKey(IReadOnlyList<TRow> rows)
        {
            var rowOfKey = new Dictionary<object?[], TRow>(rows.Count, KeyComparer.Instance);
            foreach (var row in rows)
            {
                if (!rowOfKey.TryAdd(Table.KeyOf(row), row))
                {
                    throw new InvalidOperationException($"A bulk upsert into {Table.Name} got one key twice; a batch names each row once.");
                }
            }

            return rowOfKey;
        }

        /// <summary>
        /// COPYs the rows straight into the target when none of them is stored, and says whether it did. The first row's
        /// key is looked up first, so a push sent again goes to the merge at once; should a later row be stored after
        /// all (or anything else fail), the COPY is taken back to the savepoint before it and the rows are merged
        /// instead, which writes them or fails as the merge always has.
        /// </summary>
        public async Task<bool> TryInsertNewAsync(IReadOnlyList<TRow> rows, UpsertStamp? stamp, CancellationToken cancellationToken)
        {
            if (rows.Count == 0 || await IsStoredAsync(rows[0], cancellationToken))
            {
                return false;
            }

            await Transaction.SaveAsync(InsertSavepoint, cancellationToken);
            try
            {
                await CopyAsync(Table.CopyIntoTargetSql, rows, Table.Stamp is { } stamped ? stamped.ToProvider(stamp!.Value) : null, cancellationToken);
                await Transaction.ReleaseAsync(InsertSavepoint, cancellationToken);
                return true;
            }
            catch (PostgresException)
            {
                await Transaction.RollbackAsync(InsertSavepoint, cancellationToken);
                return false;
            }
        }

        /// <summary>Copies the rows into a new staging table and gives the merge that writes them into the target.</summary>
        public async Task<NpgsqlCommand> StageAsync(IReadOnlyList<TRow> rows, UpsertStamp? stamp, bool readBack, CancellationToken cancellationToken)
        {
            var staging = $"bulk_upsert_{Interlocked.Increment(ref _staged)}";
            await using (var create = new NpgsqlCommand(Table.CreateStagingSql(staging), Connection, Transaction))
            {
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            await CopyAsync(Table.CopySql(staging), rows, stampValue: null, cancellationToken);
            var merge = new NpgsqlCommand(Table.MergeSql(staging, readBack), Connection, Transaction);
            if (Table.Stamp is { } stamped)
            {
                merge.Parameters.Add(new NpgsqlParameter("stamp", stamped.ToProvider(stamp!.Value)) { DataTypeName = stamped.StoreType });
            }

            return merge;
        }

        private async Task<bool> IsStoredAsync(TRow row, CancellationToken cancellationToken)
        {
            await using var lookup = new NpgsqlCommand(Table.KeyStoredSql, Connection, Transaction);
            var key = Table.KeyOf(row);
            for (var i = 0; i < key.Length; i++)
            {
                lookup.Parameters.Add(new NpgsqlParameter($"k{i}", key[i]) { DataTypeName = Table.Columns[i].StoreType });
            }

            return (bool)(await lookup.ExecuteScalarAsync(cancellationToken))!;
        }

        /// <summary>Binary COPY of the rows' staged columns, then <paramref name="stampValue"/> in every row when given.</summary>
        private async Task CopyAsync(string copySql, IReadOnlyList<TRow> rows, object? stampValue, CancellationToken cancellationToken)
        {
            var writers = Table.Writers;
            await using var copy = await Connection.BeginBinaryImportAsync(copySql, cancellationToken);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                for (var i = 0; i < writers.Count; i++)
                {
                    await writers[i](copy, row, cancellationToken);
                }

                if (stampValue is not null)
                {
                    await copy.WriteAsync(stampValue, Table.Stamp!.StoreType, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }
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
