using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Hemit.Identity.Endpoints;

/// <summary>Answers handed back to OpenIddict, which writes them as the protocol says (token response, redirect, error).</summary>
public static class OpenIddictResults
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static IResult SignIn(ClaimsPrincipal principal, string? redirectUri = null) =>
        Results.SignIn(principal, redirectUri is null ? null : new AuthenticationProperties { RedirectUri = redirectUri }, Scheme);

    /// <summary>An OAuth error (e.g. invalid_grant) with a sentence saying why.</summary>
    public static IResult Error(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [Scheme]);

    public static IResult Deny(string redirectUri) => Results.Forbid(new AuthenticationProperties { RedirectUri = redirectUri }, [Scheme]);

    public static IResult SignOut(string redirectUri) => Results.SignOut(new AuthenticationProperties { RedirectUri = redirectUri }, [Scheme]);

    /// <summary>What OpenIddict read from the request (the user code's or authorization code's principal).</summary>
    public static Task<AuthenticateResult> AuthenticateAsync(HttpContext context) => context.AuthenticateAsync(Scheme);
}
