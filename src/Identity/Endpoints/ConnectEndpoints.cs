using Hemit.Identity.Access;
using Hemit.Identity.Data;
using Hemit.Identity.Pages;
using Hemit.Identity.People;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using PlatformScopes = Hemit.Security.Scopes;

namespace Hemit.Identity.Endpoints;

/// <summary>
/// The OpenID Connect endpoints where the identity service decides (OpenIddict has already validated the request):
/// authorization, token, device verification, userinfo and end session. Discovery, JWKS and device authorization are
/// OpenIddict's own.
/// </summary>
public static class ConnectEndpoints
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string DevicePath = "/connect/device";
    public const string VerifyPath = "/connect/verify";
    public const string UserInfoPath = "/connect/userinfo";
    public const string EndSessionPath = "/connect/endsession";
    private const string ApprovedPath = "/connect/verify/approved";
    private const string DeniedPath = "/connect/verify/denied";
    private const string SignedOutPath = "/connect/endsession/done";

    public static IEndpointRouteBuilder MapConnectEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(AuthorizePath, [HttpMethods.Get, HttpMethods.Post], AuthorizeAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapPost(TokenPath, TokenAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapGet(VerifyPath, VerifyPageAsync).AllowAnonymous();
        endpoints.MapPost(VerifyPath, VerifyDecisionAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapGet(ApprovedPath, () => HtmlPage.Render("Godkjent", "<p>Innloggingen er godkjent. Du kan gå tilbake til terminalen.</p>")).AllowAnonymous();
        endpoints.MapGet(DeniedPath, () => HtmlPage.Render("Avvist", "<p>Innloggingen er avvist.</p>")).AllowAnonymous();
        endpoints.MapMethods(UserInfoPath, [HttpMethods.Get, HttpMethods.Post], UserInfoAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post], (Delegate)EndSessionAsync).AllowAnonymous().DisableAntiforgery();
        endpoints.MapGet(SignedOutPath, () => HtmlPage.Render("Logget ut", "<p>Du er logget ut.</p>")).AllowAnonymous();
        return endpoints;
    }

    /// <summary>A person's sign-in for an application: to the login page first, then back here, then the code to the application.</summary>
    private static async Task<IResult> AuthorizeAsync(HttpContext context, IdentityDbContext db)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var person = await SignedInPersonAsync(context, db);
        if (person is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return OpenIddictResults.Error(Errors.LoginRequired, "No one is signed in.");
            }

            // Back here after the login page, with the request's parameters (also when they came as a form post).
            var parameters = context.Request.HasFormContentType ? context.Request.Form.ToList() : context.Request.Query.ToList();
            return ChallengeSignIn(context.Request.PathBase + context.Request.Path + QueryString.Create(parameters));
        }

        return OpenIddictResults.SignIn(TokenPrincipals.ForPerson(person, request.ClientId!, request.GetScopes()));
    }

    private static async Task<IResult> TokenAsync(HttpContext context, IdentityDbContext db, IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted)
                ?? throw new InvalidOperationException("OpenIddict authenticated a client that is not registered.");
            // Without a scope parameter an integration gets everything it is permitted; with one, what it asked for
            // (OpenIddict has already refused a scope it is not permitted).
            var scopes = request.GetScopes().IsEmpty
                ? (await applications.GetPermissionsAsync(application, context.RequestAborted))
                    .Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                    .Select(p => p[Permissions.Prefixes.Scope.Length..])
                    .Where(PlatformScopes.All.Contains)
                    .ToList()
                : [.. request.GetScopes()];
            var displayName = await applications.GetDisplayNameAsync(application, context.RequestAborted);
            return OpenIddictResults.SignIn(TokenPrincipals.ForClient(request.ClientId!, displayName, scopes));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType() || request.IsDeviceCodeGrantType())
        {
            var granted = (await OpenIddictResults.AuthenticateAsync(context)).Principal
                ?? throw new InvalidOperationException("OpenIddict validated the grant but gave no principal.");
            // The account as it is now: a deactivated person gets nothing, changed roles apply to the next token.
            var person = await db.FindActiveAsync(granted.GetClaim(Claims.Subject), context.RequestAborted);
            if (person is null)
            {
                return OpenIddictResults.Error(Errors.InvalidGrant, "The account is no longer active.");
            }

            return OpenIddictResults.SignIn(TokenPrincipals.ForPerson(person, request.ClientId ?? granted.GetClaim(Claims.ClientId)!, granted.GetScopes()));
        }

        return OpenIddictResults.Error(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    /// <summary>
    /// The page the terminal points to: sign in, enter (or confirm) the code shown in the terminal, approve.
    /// </summary>
    private static async Task<IResult> VerifyPageAsync(HttpContext context, IdentityDbContext db, IOpenIddictApplicationManager applications)
    {
        var person = await SignedInPersonAsync(context, db);
        if (person is null)
        {
            return ChallengeSignIn(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        }

        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (string.IsNullOrEmpty(request.UserCode))
        {
            return CodeForm(null);
        }

        var device = (await OpenIddictResults.AuthenticateAsync(context)).Principal;
        var clientId = device?.GetClaim(Claims.ClientId);
        if (device is null || string.IsNullOrEmpty(clientId))
        {
            return CodeForm("Koden er ugyldig eller utløpt. Sjekk koden i terminalen og prøv igjen.");
        }

        var application = await applications.FindByClientIdAsync(clientId, context.RequestAborted);
        var applicationName = application is null ? clientId : await applications.GetDisplayNameAsync(application, context.RequestAborted) ?? clientId;
        var granted = RoleScopes.Grant(device.GetScopes(), person.Roles);
        return HtmlPage.Render("Godkjenn innlogging", $"""
            <p>{HtmlPage.Encode(applicationName)} ber om å logge inn som {HtmlPage.Encode(person.DisplayName)}.</p>
            <p>Tilgang: {HtmlPage.Encode(string.Join(", ", granted))}</p>
            <form method="post" action="{VerifyPath}">
            {HtmlPage.AntiforgeryField(context)}
            <input type="hidden" name="user_code" value="{HtmlPage.Encode(request.UserCode)}">
            <button type="submit" name="decision" value="approve">Godkjenn</button>
            <button type="submit" name="decision" value="deny">Avvis</button>
            </form>
            """);

        IResult CodeForm(string? error) => HtmlPage.Render("Koble til enhet", $"""
            {HtmlPage.Error(error)}
            <form method="get" action="{VerifyPath}">
            <label for="user_code">Kode fra terminalen</label>
            <input id="user_code" name="user_code" autocomplete="off" required autofocus>
            <button type="submit">Fortsett</button>
            </form>
            """, error is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> VerifyDecisionAsync(HttpContext context, IdentityDbContext db, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return HtmlPage.Render("Koble til enhet", HtmlPage.Error("Skjemaet var utløpt. Åpne lenken fra terminalen på nytt."), StatusCodes.Status400BadRequest);
        }

        var person = await SignedInPersonAsync(context, db);
        if (person is null)
        {
            return ChallengeSignIn(VerifyPath);
        }

        var device = (await OpenIddictResults.AuthenticateAsync(context)).Principal;
        if (device is null || string.IsNullOrEmpty(device.GetClaim(Claims.ClientId)))
        {
            return HtmlPage.Render("Koble til enhet", HtmlPage.Error("Koden er ugyldig eller utløpt."), StatusCodes.Status400BadRequest);
        }

        if (context.Request.Form["decision"] != "approve")
        {
            return OpenIddictResults.Deny(DeniedPath);
        }

        return OpenIddictResults.SignIn(TokenPrincipals.ForPerson(person, device.GetClaim(Claims.ClientId)!, device.GetScopes()), ApprovedPath);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context, IdentityDbContext db)
    {
        var token = (await OpenIddictResults.AuthenticateAsync(context)).Principal;
        var subject = token?.GetClaim(Claims.Subject);
        if (subject is null)
        {
            return OpenIddictResults.Error(Errors.InvalidToken, "The access token is not valid.");
        }

        var person = await db.FindActiveAsync(subject, context.RequestAborted);
        var claims = new Dictionary<string, object> { [Claims.Subject] = subject };
        if (person is not null)
        {
            claims[Claims.Name] = person.DisplayName;
            claims[Claims.Role] = person.Roles;
        }

        return Results.Json(claims);
    }

    private static async Task<IResult> EndSessionAsync(HttpContext context)
    {
        await context.SignOutAsync(IdentityCookie.Scheme);
        // OpenIddict sends the person to the application's post_logout_redirect_uri when it is registered, else here.
        return OpenIddictResults.SignOut(SignedOutPath);
    }

    /// <summary>The active person this browser is signed in as with the identity service's cookie, or null.</summary>
    private static async Task<Person?> SignedInPersonAsync(HttpContext context, IdentityDbContext db)
    {
        var cookie = await context.AuthenticateAsync(IdentityCookie.Scheme);
        return cookie.Succeeded ? await db.FindActiveAsync(cookie.Principal.GetClaim(Claims.Subject), context.RequestAborted) : null;
    }

    private static IResult ChallengeSignIn(string returnUrl) =>
        Results.Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, [IdentityCookie.Scheme]);
}
