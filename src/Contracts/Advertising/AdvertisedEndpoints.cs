using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hemit.Contracts.Advertising;

/// <summary>
/// What a running AppHost tells local tools (the <c>hemit</c> CLI, tests) in <c>&lt;data folder&gt;/endpoints.json</c>:
/// each resource's state and endpoints, so they need no flags.
/// </summary>
public sealed record AdvertisedEndpoints
{
    public const string FileName = "endpoints.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public int AppHostPid { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public IReadOnlyList<AdvertisedResource> Resources { get; init; } = [];

    /// <summary>Where this copy was read from (not serialized).</summary>
    [JsonIgnore]
    public string? Path { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static AdvertisedEndpoints? FromJson(string json, string? path = null) =>
        JsonSerializer.Deserialize<AdvertisedEndpoints>(json, JsonOptions) is { } endpoints ? endpoints with { Path = path } : null;

    /// <summary>
    /// Finds the file: <c>HEMIT_DATA_DIR</c>, else the nearest <c>.hemit/</c> above the working directory or above
    /// this program. Returns null when no AppHost is advertising: the file is removed on shutdown, and one left by
    /// a killed AppHost is ignored.
    /// </summary>
    public static AdvertisedEndpoints? Load()
    {
        foreach (var folder in CandidateFolders())
        {
            var path = System.IO.Path.Combine(folder, FileName);
            if (File.Exists(path) && FromJson(File.ReadAllText(path), path) is { IsAppHostRunning: true } endpoints)
            {
                return endpoints;
            }
        }

        return null;
    }

    /// <summary>Whether the AppHost that wrote this file still runs.</summary>
    [JsonIgnore]
    public bool IsAppHostRunning
    {
        get
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(AppHostPid);
                return !process.HasExited;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }
    }

    private static IEnumerable<string> CandidateFolders()
    {
        if (Environment.GetEnvironmentVariable("HEMIT_DATA_DIR") is { Length: > 0 } dataDir)
        {
            yield return dataDir;
            yield break;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                yield return System.IO.Path.Combine(directory.FullName, ".hemit");
            }
        }
    }
}

/// <param name="Endpoints">Endpoint name (grpc, http, tcp, ui…) to URL.</param>
public sealed record AdvertisedResource(
    string Name,
    string Type,
    string State,
    string Health,
    IReadOnlyDictionary<string, string> Endpoints);
