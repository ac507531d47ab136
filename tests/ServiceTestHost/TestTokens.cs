using System.Security.Cryptography;
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
            // Valid from long ago: a host under test may run a clock set in the past (governance's board calendar).
            NotBefore = new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            IssuedAt = new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc),
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
