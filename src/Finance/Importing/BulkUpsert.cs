using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Hemit.Finance.Importing;

/// <summary>A column of a bulk upsert: its name, PostgreSQL type, CLR element type and whether it is part of the natural key.</summary>
public sealed record UpsertColumn(string Name, NpgsqlDbType Type, Type ClrType, bool IsKey = false);

/// <summary>
/// Writes a whole batch in one statement (unnest of column arrays, INSERT … ON CONFLICT DO UPDATE only where a value
/// differs) inside the caller's open transaction, so N rows never cost N round trips. Returns the natural keys of
/// the rows that were new or changed; the others were identical.
/// </summary>
public static class BulkUpsert
{
    public static async Task<List<object[]>> ExecuteAsync(
        DbContext db, string table, IReadOnlyList<UpsertColumn> columns, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk upsert must run inside the import's transaction.");
        var keys = columns.Where(c => c.IsKey).ToList();
        var values = columns.Where(c => !c.IsKey).ToList();
        var names = string.Join(", ", columns.Select(c => c.Name));
        var parameters = string.Join(", ", columns.Select((_, i) => $"@p{i}"));
        var keyNames = string.Join(", ", keys.Select(c => c.Name));
        var sql = $"""
            INSERT INTO {table} ({names})
            SELECT * FROM unnest({parameters})
            ON CONFLICT ({keyNames}) DO UPDATE SET {string.Join(", ", values.Select(c => $"{c.Name} = excluded.{c.Name}"))}
            WHERE ({string.Join(", ", values.Select(c => $"{table}.{c.Name}"))}) IS DISTINCT FROM ({string.Join(", ", values.Select(c => $"excluded.{c.Name}"))})
            RETURNING {keyNames}
            """;

        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        for (var i = 0; i < columns.Count; i++)
        {
            var array = Array.CreateInstance(columns[i].ClrType, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                array.SetValue(rows[r][i], r);
            }

            command.Parameters.Add(new NpgsqlParameter($"p{i}", NpgsqlDbType.Array | columns[i].Type) { Value = array });
        }

        var changed = new List<object[]>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new object[keys.Count];
            reader.GetValues(key);
            changed.Add(key);
        }

        return changed;
    }
}
