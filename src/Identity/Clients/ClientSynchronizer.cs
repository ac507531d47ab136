using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using PlatformScopes = Hemit.Security.Scopes;

namespace Hemit.Identity.Clients;

/// <summary>
/// Makes OpenIddict's applications match <c>Identity:Clients</c>: each one created or updated (a changed secret takes
/// effect now), and an application no longer configured removed, so it gets no more tokens.
/// </summary>
public sealed class ClientSynchronizer(IOpenIddictApplicationManager applications, ILogger<ClientSynchronizer> logger)
{
    public const string ClientCredentials = "client_credentials";
    public const string AuthorizationCode = "authorization_code";
    public const string RefreshToken = "refresh_token";
    public const string DeviceCode = "device_code";

    private static readonly Dictionary<string, string[]> PermissionsOfGrant = new(StringComparer.Ordinal)
    {
        [ClientCredentials] = [Permissions.GrantTypes.ClientCredentials, Permissions.Endpoints.Token],
        [AuthorizationCode] =
        [
            Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code, Permissions.Endpoints.Authorization,
            Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
        ],
        [RefreshToken] = [Permissions.GrantTypes.RefreshToken, Permissions.Endpoints.Token],
        [DeviceCode] = [Permissions.GrantTypes.DeviceCode, Permissions.Endpoints.DeviceAuthorization, Permissions.Endpoints.Token],
    };

    public static IReadOnlyCollection<string> GrantTypes => PermissionsOfGrant.Keys;

    /// <summary>Why <paramref name="client"/> (the <paramref name="index"/>th) cannot be used, or null.</summary>
    public static IEnumerable<string> Problems(ClientSettings client, int index)
    {
        var key = $"Identity:Clients:{index}";
        if (string.IsNullOrWhiteSpace(client.ClientId))
        {
            yield return $"{key}:ClientId is missing";
        }

        foreach (var scope in client.Scopes.Where(scope => !PlatformScopes.All.Contains(scope)))
        {
            yield return $"{key}:Scopes: '{scope}' is not a platform scope (one of {string.Join(", ", PlatformScopes.All)})";
        }

        if (client.GrantTypes.Count == 0)
        {
            yield return $"{key}:GrantTypes is empty (give one or more of {string.Join(", ", GrantTypes)})";
        }

        foreach (var grant in client.GrantTypes.Where(grant => !PermissionsOfGrant.ContainsKey(grant)))
        {
            yield return $"{key}:GrantTypes: '{grant}' is not one of {string.Join(", ", GrantTypes)}";
        }

        if (client.GrantTypes.Contains(ClientCredentials) && string.IsNullOrEmpty(client.ClientSecret))
        {
            yield return $"{key} ({client.ClientId}): client_credentials needs a ClientSecret";
        }

        if (client.GrantTypes.Contains(AuthorizationCode) && client.RedirectUris.Count == 0)
        {
            yield return $"{key} ({client.ClientId}): authorization_code needs at least one RedirectUris entry";
        }

        foreach (var uri in client.RedirectUris.Concat(client.PostLogoutRedirectUris).Where(uri => !Uri.IsWellFormedUriString(uri, UriKind.Absolute)))
        {
            yield return $"{key} ({client.ClientId}): '{uri}' is not an absolute URL";
        }
    }

    public async Task SynchronizeAsync(IReadOnlyList<ClientSettings> clients, CancellationToken cancellationToken)
    {
        foreach (var client in clients)
        {
            var descriptor = Describe(client);
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is { } existing)
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
            else
            {
                await applications.CreateAsync(descriptor, cancellationToken);
                logger.LogInformation("Client {ClientId} registered", client.ClientId);
            }
        }

        var configured = clients.Select(c => c.ClientId).ToHashSet(StringComparer.Ordinal);
        var removed = new List<object>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            if (!configured.Contains(await applications.GetClientIdAsync(application, cancellationToken) ?? ""))
            {
                removed.Add(application);
            }
        }

        foreach (var application in removed)
        {
            logger.LogInformation("Client {ClientId} is no longer configured and was removed", await applications.GetClientIdAsync(application, cancellationToken));
            await applications.DeleteAsync(application, cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor Describe(ClientSettings client)
    {
        var confidential = !string.IsNullOrEmpty(client.ClientSecret);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = confidential ? client.ClientSecret : null,
            ClientType = confidential ? ClientTypes.Confidential : ClientTypes.Public,
            DisplayName = client.DisplayName ?? client.ClientId,
            // First-party applications only: a person who signs in is not asked to consent.
            ConsentType = ConsentTypes.Implicit,
        };

        descriptor.Permissions.UnionWith(client.GrantTypes.SelectMany(grant => PermissionsOfGrant[grant]));
        descriptor.Permissions.UnionWith(client.Scopes.Select(scope => Permissions.Prefixes.Scope + scope));
        if (client.GrantTypes.Contains(AuthorizationCode) || client.GrantTypes.Contains(DeviceCode))
        {
            // A person's name and roles, for the clients people sign in to.
            descriptor.Permissions.Add(Permissions.Scopes.Profile);
            descriptor.Permissions.Add(Permissions.Scopes.Roles);
        }

        if (client.GrantTypes.Contains(AuthorizationCode))
        {
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }

        descriptor.RedirectUris.UnionWith(client.RedirectUris.Select(uri => new Uri(uri)));
        descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris.Select(uri => new Uri(uri)));
        return descriptor;
    }
}
