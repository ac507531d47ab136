using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hemit.Deploy.Tests;

/// <summary>The AppHost's Aspire manifest (<c>--publisher manifest</c>), made once per test run from the built AppHost.</summary>
public sealed partial class AspireManifest
{
    private static readonly Lazy<AspireManifest> Published = new(Publish);

    private AspireManifest(JsonElement resources) => Resources = resources;

    public static AspireManifest Current => Published.Value;

    public JsonElement Resources { get; }

    public IEnumerable<string> Projects =>
        Resources.EnumerateObject().Where(r => r.Value.GetProperty("type").GetString() == "project.v0").Select(r => r.Name);

    public IReadOnlyDictionary<string, string> Environment(string project) =>
        Resources.GetProperty(project).GetProperty("env").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetString()!);

    public IReadOnlyDictionary<string, int> Bindings(string project) =>
        Resources.GetProperty(project).GetProperty("bindings").EnumerateObject().ToDictionary(b => b.Name, b => b.Value.GetProperty("targetPort").GetInt32());

    /// <summary>A parameter the operator supplies as a secret (a connection string, a client secret).</summary>
    public bool IsSecret(string parameter) =>
        Resources.TryGetProperty(parameter, out var resource)
        && resource.GetProperty("type").GetString() == "parameter.v0"
        && resource.GetProperty("inputs").GetProperty("value").TryGetProperty("secret", out var secret) && secret.GetBoolean();

    /// <summary>The one resource a value names, e.g. <c>financedb</c> in <c>{financedb.connectionString}</c>; null for a literal.</summary>
    public static string? ReferencedResource(string value) => Reference().Match(value) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>
    /// A manifest value as the cluster gives it: bindings as the Kubernetes Service's address
    /// (<c>http://finance:5111</c>) or the container port, non-secret parameters from <paramref name="parameters"/>.
    /// </summary>
    public string Resolve(string value, IReadOnlyDictionary<string, string> parameters) =>
        Reference().Replace(value, match =>
        {
            var parts = match.Groups[0].Value.Trim('{', '}').Split('.');
            return parts switch
            {
                [var resource, "bindings", var binding, "targetPort"] => Bindings(resource)[binding].ToString(System.Globalization.CultureInfo.InvariantCulture),
                [var resource, "bindings", var binding, "url"] => $"http://{resource}:{Bindings(resource)[binding]}",
                [var parameter, "value"] => parameters[parameter],
                _ => throw new InvalidDataException($"no cluster value for {match.Value}"),
            };
        });

    [GeneratedRegex(@"\{([a-z0-9-]+)\.[^}]+\}")]
    private static partial Regex Reference();

    private static AspireManifest Publish()
    {
        var output = Directory.CreateTempSubdirectory("hemit-manifest-");
        try
        {
            var appHost = Repository.Path("AppHost", "bin", Repository.Configuration, "net10.0", "Hemit.AppHost.dll");
            Repository.Run("dotnet", [appHost, "--publisher", "manifest", "--output-path", output.FullName], Repository.Path("AppHost"),
                new Dictionary<string, string>
                {
                    // The development credentials the AppHost makes go to a throwaway folder, not the repository's .hemit/.
                    ["HEMIT_DATA_DIR"] = Path.Combine(output.FullName, "data"),
                    ["DOTNET_ENVIRONMENT"] = "Production",
                });
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.FullName, "aspire-manifest.json")));
            return new AspireManifest(document.RootElement.GetProperty("resources").Clone());
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
