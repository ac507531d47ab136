using System.Security.Claims;
using Hemit.Identity.People;
using Microsoft.AspNetCore;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hemit.Identity.Access;

/// <summary>
/// The identities OpenIddict turns into tokens: <c>sub</c> and <c>client_id</c>, the granted scopes, their services as
/// audiences (<see cref="ScopeAudiences"/>), and for a person also <c>name</c> and <c>role</c>, in both the access token
/// and the id token.
/// </summary>
public static class TokenPrincipals
{
    /// <summary>An application acting for itself (client credentials): its client id is the subject.</summary>
    public static ClaimsPrincipal ForClient(string clientId, string? displayName, IEnumerable<string> scopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaim(Claims.ClientId, clientId);
        if (!string.IsNullOrEmpty(displayName))
        {
            identity.SetClaim(Claims.Name, displayName);
        }

        return Finish(identity, scopes);
    }

    /// <summary>
    /// A person, through <paramref name="clientId"/>: of the <paramref name="requestedScopes"/>, what the person's roles
    /// allow (<see cref="RoleScopes"/>). Built again from the database at every token, so changed roles apply at once.
    /// </summary>
    public static ClaimsPrincipal ForPerson(Person person, string clientId, IEnumerable<string> requestedScopes)
    {
        var identity = NewIdentity();
        identity.SetClaim(Claims.Subject, person.Id.ToString());
        identity.SetClaim(Claims.ClientId, clientId);
        identity.SetClaim(Claims.Name, person.DisplayName);
        identity.SetClaims(Claims.Role, [.. person.Roles]);
        return Finish(identity, RoleScopes.Grant(requestedScopes, person.Roles));
    }

    private static ClaimsIdentity NewIdentity() => new(
        authenticationType: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, nameType: Claims.Name, roleType: Claims.Role);

    private static ClaimsPrincipal Finish(ClaimsIdentity identity, IEnumerable<string> scopes)
    {
        var granted = scopes.Distinct(StringComparer.Ordinal).ToList();
        identity.SetScopes(granted);
        identity.SetResources(ScopeAudiences.Of(granted));
        identity.SetDestinations(claim => claim.Type is Claims.Name or Claims.Role
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
