using Duende.IdentityModel.Client;

namespace Hemit.Contracts.Security;

/// <summary>Where a caller's bearer token comes from: its own client identity, or the person signed in.</summary>
public interface IAccessTokenSource
{
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}

/// <summary>A client identity at an OpenID Connect issuer: an integration system, a service, the CLI.</summary>
/// <param name="Authority">The issuer, e.g. the identity service's URL; its discovery document names the token endpoint.</param>
/// <param name="Scopes">The scopes to ask for; none asks for all the client may have.</param>
public sealed record ClientCredentials(Uri Authority, string ClientId, string ClientSecret, IReadOnlyList<string> Scopes);

/// <summary>Thrown when no token can be had: the issuer is unreachable, or refuses the client or a scope.</summary>
public sealed class AccessTokenException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The OAuth client credentials grant for one client, shared by every call it makes: the token is asked for once and
/// kept until a minute before it expires, so a busy caller does not ask the issuer per call.
/// </summary>
public sealed class ClientCredentialsTokenSource : IAccessTokenSource, IDisposable
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(1);

    private readonly HttpClient _http;
    private readonly ClientCredentials _credentials;
    private readonly DiscoveryCache _discovery;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _renewal = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _current;

    public ClientCredentialsTokenSource(HttpClient http, ClientCredentials credentials, TimeProvider? clock = null)
    {
        _http = http;
        _credentials = credentials;
        _clock = clock ?? TimeProvider.System;
        // Plain http is accepted from a loopback issuer only (the development stack); anywhere else, https.
        _discovery = new DiscoveryCache(credentials.Authority.ToString(), () => _http, new DiscoveryPolicy
        {
            RequireHttps = true,
            AllowHttpOnLoopback = true,
        });
    }

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && _clock.GetUtcNow() < current.RenewAt)
        {
            return current.Token;
        }

        await _renewal.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } renewed && _clock.GetUtcNow() < renewed.RenewAt)
            {
                return renewed.Token;
            }

            var discovery = await _discovery.GetAsync();
            if (discovery.IsError)
            {
                _discovery.Refresh();
                throw new AccessTokenException(
                    $"The identity service at {_credentials.Authority} gave no discovery document: {discovery.Error}", discovery.Exception);
            }

            var response = await _http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
            {
                Address = discovery.TokenEndpoint,
                ClientId = _credentials.ClientId,
                ClientSecret = _credentials.ClientSecret,
                Scope = _credentials.Scopes.Count == 0 ? null : string.Join(' ', _credentials.Scopes),
            }, cancellationToken);
            if (response.IsError)
            {
                throw new AccessTokenException(
                    $"The identity service at {_credentials.Authority} refused client '{_credentials.ClientId}': " +
                    $"{response.Error}{(string.IsNullOrEmpty(response.ErrorDescription) ? "" : ": " + response.ErrorDescription)}",
                    response.Exception);
            }

            var lifetime = TimeSpan.FromSeconds(response.ExpiresIn);
            var renewAt = _clock.GetUtcNow() + (lifetime > 2 * RenewBeforeExpiry ? lifetime - RenewBeforeExpiry : lifetime / 2);
            _current = (response.AccessToken!, renewAt);
            return response.AccessToken!;
        }
        finally
        {
            _renewal.Release();
        }
    }

    public void Dispose() => _renewal.Dispose();
}
