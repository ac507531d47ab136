using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Hemit.Contracts.Security;

namespace Hemit.Hosting.Identity;

/// <summary>A client the development identity service knows: a service, the CLI, an integration system, the portal.</summary>
/// <param name="RedirectPath">For a sign-in client (the portal): where the identity service sends the person back, on
/// <paramref name="RedirectTo"/>'s http endpoint.</param>
public sealed record DevelopmentClient(
    string ClientId,
    string DisplayName,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> GrantTypes,
    bool Public = false,
    IResourceBuilder<ProjectResource>? RedirectTo = null,
    string? RedirectPath = null,
    string? PostLogoutRedirectPath = null);

/// <summary>A development account for a person; its password is made on first start and kept in the data folder.</summary>
public sealed record DevelopmentAccount(string UserName, string DisplayName, IReadOnlyList<string> Roles);

/// <summary>
/// The identity service of the local stack and who trusts it: each service checks tokens from it for its own audience,
/// and the clients and accounts it knows get their secrets from <see cref="DevelopmentCredentials"/> in the data folder,
/// so nobody sets anything up by hand.
/// </summary>
public static class PlatformIdentity
{
    private const string HttpEndpoint = "http";

    /// <summary>
    /// Tells <paramref name="identity"/> its issuer (its own http endpoint), its clients and its accounts, with the
    /// secrets and passwords from the data folder (made on first start, kept after).
    /// </summary>
    public static DevelopmentCredentials WithDevelopmentClients(
        this IResourceBuilder<ProjectResource> identity, IReadOnlyList<DevelopmentClient> clients, IReadOnlyList<DevelopmentAccount> accounts)
    {
        var credentials = DevelopmentCredentials.LoadOrCreate(
            DataFolder.Resolve(identity.ApplicationBuilder),
            clients.Where(c => !c.Public).Select(c => c.ClientId),
            accounts.Select(a => a.UserName));

        identity.WithEnvironment("Identity__Issuer", identity.GetEndpoint(HttpEndpoint));
        // The local stack is plain http on loopback; production issuers are https.
        identity.WithEnvironment("Identity__AllowHttp", "true");
        identity.WithEnvironment(context =>
        {
            for (var i = 0; i < clients.Count; i++)
            {
                var client = clients[i];
                var prefix = $"Identity__Clients__{i}__";
                context.EnvironmentVariables[prefix + "ClientId"] = client.ClientId;
                context.EnvironmentVariables[prefix + "DisplayName"] = client.DisplayName;
                if (!client.Public)
                {
                    context.EnvironmentVariables[prefix + "ClientSecret"] = credentials.SecretOf(client.ClientId);
                }

                Numbered(context, prefix + "Scopes", client.Scopes);
                Numbered(context, prefix + "GrantTypes", client.GrantTypes);
                if (client.RedirectTo is { } site)
                {
                    var endpoint = site.GetEndpoint(HttpEndpoint);
                    context.EnvironmentVariables[prefix + "RedirectUris__0"] = ReferenceExpression.Create($"{endpoint}{client.RedirectPath}");
                    context.EnvironmentVariables[prefix + "PostLogoutRedirectUris__0"] = ReferenceExpression.Create($"{endpoint}{client.PostLogoutRedirectPath}");
                }
            }

            for (var i = 0; i < accounts.Count; i++)
            {
                var account = accounts[i];
                var prefix = $"Identity__Users__{i}__";
                context.EnvironmentVariables[prefix + "UserName"] = account.UserName;
                context.EnvironmentVariables[prefix + "DisplayName"] = account.DisplayName;
                context.EnvironmentVariables[prefix + "Password"] = credentials.People[account.UserName];
                Numbered(context, prefix + "Roles", account.Roles);
            }
        });
        return credentials;
    }

    /// <summary>The service accepts tokens from <paramref name="identity"/> issued for <paramref name="audience"/>.</summary>
    public static IResourceBuilder<T> WithTokensFrom<T>(this IResourceBuilder<T> service, IResourceBuilder<ProjectResource> identity, string audience)
        where T : IResourceWithEnvironment =>
        service.WithEnvironment("Auth__Authority", identity.GetEndpoint(HttpEndpoint))
            .WithEnvironment("Auth__AllowHttpAuthority", "true")
            .WithEnvironment("Auth__Audience", audience);

    /// <summary>The service calls others (or signs people in) as client <paramref name="clientId"/> of <paramref name="identity"/>.</summary>
    public static IResourceBuilder<T> WithClientIdentity<T>(
        this IResourceBuilder<T> service, IResourceBuilder<ProjectResource> identity, DevelopmentCredentials credentials, string clientId)
        where T : IResourceWithEnvironment =>
        service.WithEnvironment("Auth__Authority", identity.GetEndpoint(HttpEndpoint))
            .WithEnvironment("Auth__ClientId", clientId)
            .WithEnvironment("Auth__ClientSecret", credentials.SecretOf(clientId));

    private static void Numbered(EnvironmentCallbackContext context, string prefix, IReadOnlyList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            context.EnvironmentVariables[$"{prefix}__{i}"] = values[i];
        }
    }
}
