using System.Security.Cryptography;
using System.Text.Json;

namespace Hemit.Contracts.Security;

/// <summary>
/// The development stack's secrets, made by the AppHost on first start and kept in its data folder
/// (<c>identity/credentials.json</c>, readable by its owner only): a secret per client (the CLI, tests, each
/// service, each integration system) and a password per development account. Local tools read it, so nobody sets
/// anything up by hand. Production never uses it: there the clients and people live in the trust's identity provider.
/// </summary>
public sealed record DevelopmentCredentials
{
    public const string RelativePath = "identity/credentials.json";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Client id to secret.</summary>
    public Dictionary<string, string> Clients { get; init; } = [];

    /// <summary>User name to password of the development accounts.</summary>
    public Dictionary<string, string> People { get; init; } = [];

    public string SecretOf(string clientId) =>
        Clients.TryGetValue(clientId, out var secret)
            ? secret
            : throw new AccessTokenException($"The development credentials have no client '{clientId}'.");

    /// <summary>The credentials in <paramref name="dataFolder"/>, or null when the stack never ran there.</summary>
    public static DevelopmentCredentials? Load(string dataFolder)
    {
        var path = Path.Combine(dataFolder, RelativePath);
        return File.Exists(path) ? JsonSerializer.Deserialize<DevelopmentCredentials>(File.ReadAllText(path), JsonOptions) : null;
    }

    /// <summary>
    /// The credentials in <paramref name="dataFolder"/> with a secret for every one of <paramref name="clientIds"/>
    /// and a password for every one of <paramref name="userNames"/>: those already there are kept, new ones made.
    /// </summary>
    public static DevelopmentCredentials LoadOrCreate(string dataFolder, IEnumerable<string> clientIds, IEnumerable<string> userNames)
    {
        var existing = Load(dataFolder) ?? new DevelopmentCredentials();
        var credentials = new DevelopmentCredentials
        {
            Clients = clientIds.ToDictionary(id => id, id => existing.Clients.GetValueOrDefault(id) ?? NewSecret()),
            People = userNames.ToDictionary(name => name, name => existing.People.GetValueOrDefault(name) ?? NewSecret()),
        };

        OwnerOnlyFile.WriteAllText(Path.Combine(dataFolder, RelativePath), JsonSerializer.Serialize(credentials, JsonOptions));
        return credentials;
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
}
