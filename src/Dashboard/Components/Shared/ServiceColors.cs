namespace Hemit.Dashboard.Components.Shared;

/// <summary>A stable colour per service name, so a service looks the same on every page and after a restart.</summary>
public static class ServiceColors
{
    private static readonly string[] Palette =
    [
        "#0f6cbd", "#c239b3", "#107c10", "#ca5010", "#5c2e91", "#038387", "#986f0b", "#4f6bed", "#8764b8",
    ];

    public static string For(string name)
    {
        // FNV-1a: string.GetHashCode differs per process.
        var hash = 2166136261u;
        foreach (var character in name.ToLowerInvariant())
        {
            hash = (hash ^ character) * 16777619u;
        }

        return Palette[hash % (uint)Palette.Length];
    }
}
