using System.Text.Json;
using Duende.IdentityModel.Client;
using Hemit.Contracts.Security;

namespace Hemit.Cli.Connection;

/// <summary>
/// A person's sign-in from <c>hemit login</c>, kept in <c>~/.config/hemit/login.json</c> (owner-readable only): the
/// access token while it lasts, then renewed with the refresh token; when that is gone too, the person signs in again.
/// </summary>
public sealed class PersonLogin : IAccessTokenSource
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public required string Authority { get; init; }

    public required string ClientId { get; init; }

    public required string AccessToken { get; set; }

    public string? RefreshToken { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>Where the sign-in is kept: <c>$XDG_CONFIG_HOME/hemit</c>, else <c>~/.config/hemit</c>.</summary>
    public static string FilePath =>
        Path.Combine(Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } config
            ? config
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config"), "hemit", "login.json");

    public static PersonLogin? Load() =>
        File.Exists(FilePath) ? JsonSerializer.Deserialize<PersonLogin>(File.ReadAllText(FilePath), JsonOptions) : null;

    public void Save() => OwnerOnlyFile.WriteAllText(FilePath, JsonSerializer.Serialize(this, JsonOptions));

    public static bool Forget()
    {
        if (!File.Exists(FilePath))
        {
            return false;
        }

        File.Delete(FilePath);
        return true;
    }

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (DateTimeOffset.UtcNow < ExpiresAt - TimeSpan.FromMinutes(1))
        {
            return AccessToken;
        }

        if (RefreshToken is null)
        {
            throw new CliException("Your sign-in has expired: run `hemit login` again.");
        }

        using var http = new HttpClient();
        var discovery = await http.GetDiscoveryDocumentAsync(Authority, cancellationToken);
        var renewed = discovery.IsError ? null : await http.RequestRefreshTokenAsync(new RefreshTokenRequest
        {
            Address = discovery.TokenEndpoint,
            ClientId = ClientId,
            RefreshToken = RefreshToken,
        }, cancellationToken);
        if (renewed is null || renewed.IsError)
        {
            throw new CliException($"Your sign-in has expired and could not be renewed ({discovery.Error ?? renewed?.Error}): run `hemit login` again.");
        }

        AccessToken = renewed.AccessToken!;
        RefreshToken = renewed.RefreshToken ?? RefreshToken;
        ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(renewed.ExpiresIn);
        Save();
        return AccessToken;
    }
}
