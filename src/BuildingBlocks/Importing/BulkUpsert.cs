using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>
/// Writes a whole batch of entities in one statement inside the caller's open transaction, so N rows never cost N round
/// trips: <c>INSERT … SELECT * FROM unnest(column arrays) ON CONFLICT (primary key) DO UPDATE … WHERE … IS DISTINCT FROM …
/// RETURNING key</c>. Table, columns and the natural key (the primary key) come from the service's EF Core model, so
/// they are declared once, in its DbContext; values go through the properties' value converters (enums stored as codes),
/// so closed sets stay enums in the entities. Returns the rows that were new or changed; the others were identical.
/// </summary>
internal static class BulkUpsert
{
    public static async Task<IReadOnlyList<TRow>> ExecuteAsync<TRow>(
        DbContext db, IReadOnlyList<TRow> rows, UpsertStamp? stamp, CancellationToken cancellationToken)
        where TRow : class
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk upsert must run inside the import's transaction.");
        var table = UpsertTable.Of(db.Model, typeof(TRow), stamp?.Property);
        var rowOfKey = new Dictionary<object?[], TRow>(rows.Count, KeyComparer.Instance);
        foreach (var row in rows)
        {
            if (!rowOfKey.TryAdd(table.KeyOf(row), row))
            {
                throw new InvalidOperationException($"A bulk upsert into {table.Name} got one key twice; a batch names each row once.");
            }
        }

        await using var command = new NpgsqlCommand(table.Sql, (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var getter = column.Property.GetGetter();
            var values = Array.CreateInstance(column.ClrType, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                values.SetValue(column.ToProvider(column.IsStamp ? stamp!.Value : getter.GetClrValueUsingContainingEntity(rows[r])), r);
            }

            command.Parameters.Add(new NpgsqlParameter($"p{i}", values));
        }

        var changed = new List<TRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new object?[table.KeyCount];
            reader.GetValues(key!);
            changed.Add(rowOfKey[key]);
        }

        return changed;
    }

    /// <summary>A natural key read back from the database equals the one sent when every part is equal.</summary>
    private sealed class KeyComparer : IEqualityComparer<object?[]>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y) => StructuralComparisons.StructuralEqualityComparer.Equals(x, y);

        public int GetHashCode(object?[] key) => StructuralComparisons.StructuralEqualityComparer.GetHashCode(key);
    }
}
