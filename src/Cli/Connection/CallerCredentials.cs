using Hemit.Contracts.Advertising;
using Hemit.Contracts.Security;

namespace Hemit.Cli.Connection;

/// <summary>
/// Who the CLI calls as, first found of: <c>HEMIT_TOKEN</c> (a bearer token a script was given); the person signed in
/// with <c>hemit login</c>; an integration system's client (<c>HEMIT_CLIENT_ID</c>, <c>HEMIT_CLIENT_SECRET</c> at
/// <c>HEMIT_AUTHORITY</c>); the development CLI client of the running local stack (its data folder's credentials).
/// </summary>
public static class CallerCredentials
{
    /// <summary>The development stack's client for the CLI: every scope, for a developer's own machine.</summary>
    public const string DevelopmentClientId = "hemit-cli";

    private static readonly Lazy<IAccessTokenSource?> Current = new(Resolve);

    /// <summary>The token source for this run, or null when none is configured (calls then go without a token).</summary>
    public static IAccessTokenSource? Source => Current.Value;

    /// <summary><paramref name="inner"/> sending this run's token with every request, or as it is when there is none.</summary>
    public static HttpMessageHandler Handler(HttpMessageHandler inner) =>
        Source is { } tokens ? new AccessTokenHandler(tokens, inner) : inner;

    private static IAccessTokenSource? Resolve()
    {
        if (Environment.GetEnvironmentVariable("HEMIT_TOKEN") is { Length: > 0 } token)
        {
            return new StaticTokenSource(token);
        }

        if (PersonLogin.Load() is { } login)
        {
            return login;
        }

        if (Environment.GetEnvironmentVariable("HEMIT_CLIENT_ID") is { Length: > 0 } clientId)
        {
            var authority = Environment.GetEnvironmentVariable("HEMIT_AUTHORITY")
                ?? throw new CliException("HEMIT_CLIENT_ID is set but HEMIT_AUTHORITY is not: name the identity service's URL.");
            var secret = Environment.GetEnvironmentVariable("HEMIT_CLIENT_SECRET")
                ?? throw new CliException("HEMIT_CLIENT_ID is set but HEMIT_CLIENT_SECRET is not.");
            return ClientCredentials(new Uri(authority), clientId, secret);
        }

        return AdvertisedEndpoints.Load() is { Path: { } path } stack
               && DevelopmentCredentials.Load(Path.GetDirectoryName(path)!) is { } credentials
               && stack.Resources.FirstOrDefault(r => r.Name == "identity")?.Endpoints.GetValueOrDefault("http") is { } identity
            ? ClientCredentials(new Uri(identity), DevelopmentClientId, credentials.SecretOf(DevelopmentClientId))
            : null;
    }

    private static ClientCredentialsTokenSource ClientCredentials(Uri authority, string clientId, string secret) =>
        new(new HttpClient(), new Contracts.Security.ClientCredentials(authority, clientId, secret, []));
}
