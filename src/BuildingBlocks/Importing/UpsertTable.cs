using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>
/// One column of a bulk upsert: the mapped property, its EF value converter (e.g. an enum stored as its code), the
/// element type of its parameter array (the converter's provider type), its part in the statement.
/// </summary>
internal sealed record UpsertColumn(IProperty Property, string Name, ValueConverter? Converter, Type ClrType, bool IsKey, bool IsStamp)
{
    /// <summary>The value as the database stores it: through the property's value converter, as EF itself would write it.</summary>
    public object? ToProvider(object? value) => Converter is null || value is null ? value : Converter.ConvertToProvider(value);

    public static UpsertColumn Of(IProperty property, string name, bool isKey, bool isStamp)
    {
        var converter = property.GetTypeMapping().Converter;
        var clrType = converter is null ? property.ClrType : StoredType(converter.ProviderClrType, property.IsNullable);
        return new UpsertColumn(property, name, converter, clrType, isKey, isStamp);
    }

    private static Type StoredType(Type provider, bool nullable) =>
        nullable && provider.IsValueType && Nullable.GetUnderlyingType(provider) is null ? typeof(Nullable<>).MakeGenericType(provider) : provider;
}

/// <summary>The upsert statement of one entity type, built from the EF Core model (table, columns, primary key).</summary>
internal sealed class UpsertTable
{
    private UpsertTable(string name, IReadOnlyList<UpsertColumn> columns)
    {
        Name = name;
        Columns = columns;
        var keys = columns.Where(c => c.IsKey).ToList();
        var updated = columns.Where(c => !c.IsKey).ToList();
        var compared = updated.Where(c => !c.IsStamp).ToList();
        KeyCount = keys.Count;
        var keyNames = string.Join(", ", keys.Select(c => Quote(c.Name)));
        var onConflict = updated.Count == 0
            ? "DO NOTHING"
            : $"DO UPDATE SET {string.Join(", ", updated.Select(c => $"{Quote(c.Name)} = excluded.{Quote(c.Name)}"))}" +
              (compared.Count == 0 ? string.Empty :
                  $"\nWHERE ({string.Join(", ", compared.Select(c => $"target.{Quote(c.Name)}"))}) " +
                  $"IS DISTINCT FROM ({string.Join(", ", compared.Select(c => $"excluded.{Quote(c.Name)}"))})");
        Sql = $"""
            INSERT INTO {name} AS target ({string.Join(", ", columns.Select(c => Quote(c.Name)))})
            SELECT * FROM unnest({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})
            ON CONFLICT ({keyNames}) {onConflict}
            RETURNING {string.Join(", ", keys.Select(c => $"target.{Quote(c.Name)}"))}
            """;
    }

    /// <summary>The quoted, schema-qualified table.</summary>
    public string Name { get; }

    public IReadOnlyList<UpsertColumn> Columns { get; }

    public int KeyCount { get; }

    public string Sql { get; }

    public static UpsertTable Of(IModel model, Type rowType, string? stampProperty)
    {
        var entity = model.FindEntityType(rowType)
            ?? throw new InvalidOperationException($"{rowType.Name} is not an entity of the context's model; bulk upserts write mapped tables only.");
        var tableName = entity.GetTableName()
            ?? throw new InvalidOperationException($"{rowType.Name} is not mapped to a table.");
        var key = entity.FindPrimaryKey()
            ?? throw new InvalidOperationException($"{rowType.Name} has no primary key; bulk upserts are idempotent on it.");
        if (stampProperty is not null && entity.FindProperty(stampProperty) is null)
        {
            throw new InvalidOperationException($"{rowType.Name} has no property {stampProperty} to stamp.");
        }

        var store = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        var columns = key.Properties
            .Concat(entity.GetProperties().Where(p => !key.Properties.Contains(p)))
            .Select(p => UpsertColumn.Of(p, p.GetColumnName(store)!, key.Properties.Contains(p), p.Name == stampProperty))
            .ToList();
        var name = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(tableName)}" : Quote(tableName);
        return new UpsertTable(name, columns);
    }

    /// <summary>The row's primary key values in key order, as stored, so they match what RETURNING gives back.</summary>
    public object?[] KeyOf(object row) =>
        Columns.Take(KeyCount).Select(c => c.ToProvider(c.Property.GetGetter().GetClrValueUsingContainingEntity(row))).ToArray();

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";
}
