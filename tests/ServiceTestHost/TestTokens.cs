using System.Security.Cryptography;
using Hemit.Contracts.Security;
using Hemit.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hemit.ServiceTestHost;

/// <summary>
/// Bearer tokens for services run in-process: signed by a key only this test process has, for an issuer and
/// audience the in-process host trusts (<see cref="GrpcServiceTestHost{TEntryPoint}"/>). The validation, the scope
/// policies and the refusals are the service's own; only the issuer stands in for the identity service, which the
/// full-stack tests use for real.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.tests.hemit.invalid/";
    public const string Audience = "hemit-tests";
    public const string DefaultCaller = "hemit-tests";

    public static readonly SecurityKey SigningKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "hemit-tests" };

    /// <summary>A token for <paramref name="caller"/> carrying <paramref name="scopes"/>, valid for an hour.</summary>
    public static string Issue(IEnumerable<string> scopes, string caller = DefaultCaller, string audience = Audience) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = caller,
                ["client_id"] = caller,
                ["scope"] = string.Join(' ', scopes),
            },
        });

    /// <summary>A token with every scope of the platform: what most tests call with.</summary>
    public static string WithEveryScope(string caller = DefaultCaller) => Issue(Scopes.All, caller);
}

/// <summary>One fixed token, for a service in-process calling another in-process.</summary>
public sealed class FixedTokenSource(string token) : IAccessTokenSource
{
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);
}

/// <summary>Adds <c>Authorization: Bearer</c> to every request a test channel sends.</summary>
public sealed class BearerTokenHandler(string token, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
