using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Hemit.BuildingBlocks.Importing;

/// <summary>
/// One column of a bulk upsert: the mapped property, its EF value converter (e.g. an enum stored as its code), the
/// column's store type without facets (what COPY writes the provider value as), its part in the statement.
/// </summary>
internal sealed record UpsertColumn(IProperty Property, string Name, ValueConverter? Converter, string StoreType, bool IsKey, bool IsStamp)
{
    /// <summary>The value as the database stores it: through the property's value converter, as EF itself would write it.</summary>
    public object? ToProvider(object? value) => Converter is null || value is null ? value : Converter.ConvertToProvider(value);

    public static UpsertColumn Of(IProperty property, string name, bool isKey, bool isStamp)
    {
        var mapping = property.GetRelationalTypeMapping();
        return new UpsertColumn(property, name, mapping.Converter, mapping.StoreTypeNameBase, isKey, isStamp);
    }
}

/// <summary>
/// The upsert statements of one entity type, built once per model from the EF Core model (table, columns, primary
/// key): the rows are COPYed in binary into a temporary staging table of the target's column types, then merged with
/// one <c>INSERT … SELECT … ON CONFLICT</c>.
/// </summary>
internal sealed class UpsertTable<TRow>
    where TRow : class
{
    private static readonly ConcurrentDictionary<(IModel Model, string? Stamp), UpsertTable<TRow>> Built = new();

    private readonly string _insertColumns;
    private readonly string _stagedColumns;
    private readonly string _selectedColumns;
    private readonly string _onConflict;
    private readonly string _returning;
    private readonly Func<TRow, object?>[] _keyParts;

    private UpsertTable(string name, IReadOnlyList<UpsertColumn> columns)
    {
        Name = name;
        Columns = columns;
        var keys = columns.Where(c => c.IsKey).ToList();
        var updated = columns.Where(c => !c.IsKey).ToList();
        var compared = updated.Where(c => !c.IsStamp).ToList();
        var staged = columns.Where(c => !c.IsStamp).ToList();
        Stamp = columns.SingleOrDefault(c => c.IsStamp);
        KeyCount = keys.Count;
        _insertColumns = string.Join(", ", columns.Select(c => Quote(c.Name)));
        _stagedColumns = string.Join(", ", staged.Select(c => Quote(c.Name)));
        // The stamp is one value for every row, so it is a parameter instead of a staged column.
        _selectedColumns = string.Join(", ", columns.Select(c => c.IsStamp ? "@stamp" : Quote(c.Name)));
        _onConflict = updated.Count == 0
            ? "DO NOTHING"
            : $"DO UPDATE SET {string.Join(", ", updated.Select(c => $"{Quote(c.Name)} = excluded.{Quote(c.Name)}"))}" +
              (compared.Count == 0 ? string.Empty :
                  $"\nWHERE ({string.Join(", ", compared.Select(c => $"target.{Quote(c.Name)}"))}) " +
                  $"IS DISTINCT FROM ({string.Join(", ", compared.Select(c => $"excluded.{Quote(c.Name)}"))})");
        _returning = string.Join(", ", keys.Select(c => $"target.{Quote(c.Name)}"));
        CopyIntoTargetSql = $"COPY {name} ({_stagedColumns}{(Stamp is { } stamp ? $", {Quote(stamp.Name)}" : string.Empty)}) FROM STDIN (FORMAT BINARY)";
        KeyStoredSql = $"SELECT EXISTS (SELECT 1 FROM {name} WHERE {string.Join(" AND ", keys.Select((c, i) => $"{Quote(c.Name)} = @k{i}"))})";
        Writers = staged.Select(ColumnValue.Writer).ToList();
        _keyParts = keys.Select(ColumnValue.Boxed).ToArray();
    }

    /// <summary>The quoted, schema-qualified table.</summary>
    public string Name { get; }

    public IReadOnlyList<UpsertColumn> Columns { get; }

    public int KeyCount { get; }

    /// <summary>The column every written row gets the caller's <see cref="UpsertStamp"/> in, if any.</summary>
    public UpsertColumn? Stamp { get; }

    /// <summary>One writer per staged column, in COPY order: reads the property and writes its provider value.</summary>
    public IReadOnlyList<Func<NpgsqlBinaryImporter, TRow, CancellationToken, Task>> Writers { get; }

    public static UpsertTable<TRow> Of(IModel model, string? stampProperty) =>
        Built.GetOrAdd((model, stampProperty), key => Build(key.Model, key.Stamp));

    /// <summary>An empty temporary table with exactly the target's column types, so binary COPY writes what the target stores.
    /// Without the target's constraints, so a violation is reported by the target itself.</summary>
    public string CreateStagingSql(string staging) =>
        $"CREATE TEMP TABLE {Quote(staging)} ON COMMIT DROP AS SELECT {_stagedColumns} FROM {Name} WITH NO DATA";

    public string CopySql(string staging) => $"COPY {Quote(staging)} ({_stagedColumns}) FROM STDIN (FORMAT BINARY)";

    /// <summary>COPY straight into the target: the staged columns in <see cref="Writers"/>' order, then the stamp if any.</summary>
    public string CopyIntoTargetSql { get; }

    /// <summary>Whether a row with the key in parameters <c>@k0</c>, <c>@k1</c>, … (<see cref="KeyOf"/>'s order) is stored.</summary>
    public string KeyStoredSql { get; }

    public string MergeSql(string staging, bool returningKeys) => $"""
        INSERT INTO {Name} AS target ({_insertColumns})
        SELECT {_selectedColumns} FROM {Quote(staging)}
        ON CONFLICT ({string.Join(", ", Columns.Take(KeyCount).Select(c => Quote(c.Name)))}) {_onConflict}
        {(returningKeys ? $"RETURNING {_returning}" : string.Empty)}
        """;

    /// <summary>The row's primary key values in key order, as stored, so they match what RETURNING gives back.</summary>
    public object?[] KeyOf(TRow row)
    {
        var key = new object?[_keyParts.Length];
        for (var i = 0; i < key.Length; i++)
        {
            key[i] = _keyParts[i](row);
        }

        return key;
    }

    private static UpsertTable<TRow> Build(IModel model, string? stampProperty)
    {
        var rowType = typeof(TRow);
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
        return new UpsertTable<TRow>(name, columns);
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";

    /// <summary>
    /// Compiled readers of one column's provider value (the property read, then its value converter, as EF writes it)
    /// with the property's own type and the converter's provider type, so no value is boxed on the way to COPY.
    /// </summary>
    private static class ColumnValue
    {
        private static readonly MethodInfo WriteAsync = typeof(NpgsqlBinaryImporter).GetMethods()
            .Single(m => m.Name == nameof(NpgsqlBinaryImporter.WriteAsync) && m.IsGenericMethodDefinition &&
                m.GetParameters().Select(p => p.ParameterType).Skip(1).SequenceEqual([typeof(string), typeof(CancellationToken)]));

        private static readonly MethodInfo WriteNullAsync = typeof(NpgsqlBinaryImporter).GetMethod(
            nameof(NpgsqlBinaryImporter.WriteNullAsync), [typeof(CancellationToken)])!;

        /// <summary><c>(copy, row, ct) =&gt; value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(convert(value), storeType, ct)</c>.</summary>
        public static Func<NpgsqlBinaryImporter, TRow, CancellationToken, Task> Writer(UpsertColumn column)
        {
            var copy = Expression.Parameter(typeof(NpgsqlBinaryImporter), "copy");
            var row = Expression.Parameter(typeof(TRow), "row");
            var cancellationToken = Expression.Parameter(typeof(CancellationToken), "cancellationToken");
            var (value, read, provider) = Read(column, row);
            if (Nullable.GetUnderlyingType(provider.Type) is not null)
            {
                // A converter to a nullable provider type: boxed, so its null is written as NULL by COPY itself.
                provider = Expression.Convert(provider, typeof(object));
            }

            var write = Expression.Call(copy, WriteAsync.MakeGenericMethod(provider.Type), provider, Expression.Constant(column.StoreType), cancellationToken);
            var body = CanBeNull(value) ? Expression.Condition(IsNull(value), Expression.Call(copy, WriteNullAsync, cancellationToken), write) : (Expression)write;
            return Expression.Lambda<Func<NpgsqlBinaryImporter, TRow, CancellationToken, Task>>(
                Expression.Block([value], read, body), copy, row, cancellationToken).Compile();
        }

        /// <summary><c>row =&gt; value is null ? null : (object)convert(value)</c>: a key part as RETURNING gives it back.</summary>
        public static Func<TRow, object?> Boxed(UpsertColumn column)
        {
            var row = Expression.Parameter(typeof(TRow), "row");
            var (value, read, provider) = Read(column, row);
            Expression boxed = Expression.Convert(provider, typeof(object));
            if (CanBeNull(value))
            {
                boxed = Expression.Condition(IsNull(value), Expression.Constant(null), boxed);
            }

            return Expression.Lambda<Func<TRow, object?>>(Expression.Block([value], read, boxed), row).Compile();
        }

        /// <summary>The property read into <c>value</c>, and its provider value when not null (as <see cref="UpsertColumn.ToProvider"/>).</summary>
        private static (ParameterExpression Value, Expression Read, Expression Provider) Read(UpsertColumn column, ParameterExpression row)
        {
            var member = column.Property.GetMemberInfo(forMaterialization: false, forSet: false);
            var value = Expression.Variable(column.Property.ClrType, "value");
            var read = Expression.Assign(value, Expression.MakeMemberAccess(Expression.Convert(row, member.DeclaringType!), member));
            Expression present = Nullable.GetUnderlyingType(value.Type) is null ? value : Expression.Property(value, nameof(Nullable<int>.Value));
            if (column.Converter is { } converter)
            {
                var convert = converter.ConvertToProviderExpression;
                var parameter = convert.Parameters[0].Type;
                present = Expression.Invoke(convert,
                    parameter == value.Type ? value : parameter == present.Type ? present : Expression.Convert(present, parameter));
            }

            return (value, read, present);
        }

        private static bool CanBeNull(Expression value) => !value.Type.IsValueType || Nullable.GetUnderlyingType(value.Type) is not null;

        private static BinaryExpression IsNull(Expression value) => Expression.Equal(value, Expression.Constant(null, value.Type));
    }
}
