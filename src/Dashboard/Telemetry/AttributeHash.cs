namespace Hemit.Dashboard.Telemetry;

/// <summary>
/// 64-bit FNV-1a fingerprints of attribute keys and key=value pairs, case-insensitive, so a trace can answer
/// "does any span carry db.system=postgresql" from one small array instead of walking every span.
/// </summary>
internal static class AttributeHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong OfKey(string key) => Mix(Add(Offset, key), '\u0001');

    public static ulong OfPair(string key, string value) => Add(Mix(Add(Offset, key), '\u0000'), value);

    private static ulong Add(ulong hash, string text)
    {
        foreach (var character in text)
        {
            hash = Mix(hash, char.ToLowerInvariant(character));
        }

        return hash;
    }

    private static ulong Mix(ulong hash, char character) => (hash ^ character) * Prime;
}
