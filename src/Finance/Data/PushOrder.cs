namespace Hemit.Finance.Data;

/// <summary>
/// Lists keep the order their rows were first pushed in: a row already stored keeps its position, a new row goes after
/// everything stored, in the order of its batch. So pushing the same file again changes nothing, and a later file's
/// new rows come last.
/// </summary>
public static class PushOrder
{
    public static void Assign<TRow, TKey>(
        IReadOnlyList<TRow> rows, IReadOnlyDictionary<TKey, long> storedPositions, Func<TRow, TKey> keyOf, Action<TRow, long> setPosition)
        where TKey : notnull
    {
        var next = storedPositions.Count == 0 ? 1 : storedPositions.Values.Max() + 1;
        foreach (var row in rows)
        {
            setPosition(row, storedPositions.TryGetValue(keyOf(row), out var position) ? position : next++);
        }
    }
}
