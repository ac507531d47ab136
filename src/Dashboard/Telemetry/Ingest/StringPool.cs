namespace Hemit.Dashboard.Telemetry.Ingest;

/// <summary>
/// Shares one copy of the short strings telemetry repeats endlessly (attribute keys, span names, "GET", "rabbitmq"),
/// which keeps a full store's memory near its size on disk. Bounded, so unique values cannot grow it forever.
/// Not thread-safe: used only on the store's ingest path.
/// </summary>
internal sealed class StringPool
{
    private const int MaxLength = 64;
    private const int MaxEntries = 200_000;

    private readonly HashSet<string> strings = new(StringComparer.Ordinal);

    public string Intern(string value)
    {
        if (value.Length == 0)
        {
            return "";
        }

        if (value.Length > MaxLength)
        {
            return value;
        }

        if (strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        if (strings.Count < MaxEntries)
        {
            strings.Add(value);
        }

        return value;
    }
}
