using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hemit.HrMetrics.Importing;

/// <summary>A row an upsert inserted or changed: its month and the rest of its natural key.</summary>
public readonly record struct ChangedRow(int Year, int Month, string Key);

/// <summary>
/// Runs one <c>INSERT … SELECT FROM unnest(arrays) ON CONFLICT … DO UPDATE … WHERE IS DISTINCT FROM … RETURNING</c>
/// inside the context's open transaction: one round trip for the whole batch, and only new or changed rows come back.
/// </summary>
public static class BulkUpsert
{
    public static async Task<List<ChangedRow>> ExecuteAsync(
        DbContext db, string sql, IEnumerable<NpgsqlParameter> parameters, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Bulk upserts run inside the import's transaction.");
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var command = new NpgsqlCommand(sql, connection, (NpgsqlTransaction)transaction.GetDbTransaction());
        command.Parameters.AddRange(parameters.ToArray());

        var changed = new List<ChangedRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changed.Add(new ChangedRow(reader.GetInt32(0), reader.GetInt32(1), reader.GetString(2)));
        }

        return changed;
    }
}
