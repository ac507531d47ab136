using System.Security.Claims;
using Hemit.Identity.Pages;
using Hemit.Identity.People;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hemit.Identity.Endpoints;

/// <summary>
/// <c>/account/login</c>: the sign-in form (user name and password), which sets the identity service's own cookie and
/// returns to where the person came from (an authorization or device verification page).
/// </summary>
public static class AccountEndpoints
{
    public const string LoginPath = "/account/login";
    public const string WrongCredentialsMessage = "Feil brukernavn eller passord.";
    public const string LockedOutMessage = "For mange mislykkede forsøk. Kontoen er låst i 5 minutter; prøv igjen senere.";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LoginPath, (HttpContext context, string? returnUrl) => LoginForm(context, returnUrl, userName: null, error: null))
            .AllowAnonymous();
        endpoints.MapPost(LoginPath, SignInAsync).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, PasswordSignIn passwords)
    {
        // Checked here rather than by the antiforgery middleware, so a stale form gets a page that says so.
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return LoginForm(context, null, null, "Skjemaet var utløpt. Prøv igjen.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string userName = form["username"].ToString(), returnUrl = form["returnUrl"].ToString();
        var outcome = await passwords.SignInAsync(userName, form["password"].ToString(), context.RequestAborted);
        if (outcome.Person is not { } person)
        {
            var message = outcome.Kind == SignInResultKind.LockedOut ? LockedOutMessage : WrongCredentialsMessage;
            return LoginForm(context, returnUrl, userName, message, StatusCodes.Status401Unauthorized);
        }

        var identity = new ClaimsIdentity(IdentityCookie.Scheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, person.Id.ToString()));
        identity.AddClaim(new Claim(Claims.Name, person.DisplayName));
        await context.SignInAsync(IdentityCookie.Scheme, new ClaimsPrincipal(identity));
        return IsLocal(returnUrl)
            ? Results.LocalRedirect(returnUrl)
            : HtmlPage.Render("Logget inn", $"<p>Du er logget inn som {HtmlPage.Encode(person.DisplayName)}.</p>");
    }

    private static IResult LoginForm(HttpContext context, string? returnUrl, string? userName, string? error, int statusCode = StatusCodes.Status200OK) =>
        HtmlPage.Render("Logg inn", $"""
            {HtmlPage.Error(error)}
            <form method="post" action="{LoginPath}">
            {HtmlPage.AntiforgeryField(context)}
            <input type="hidden" name="returnUrl" value="{HtmlPage.Encode(IsLocal(returnUrl) ? returnUrl : "")}">
            <label for="username">Brukernavn</label>
            <input id="username" name="username" autocomplete="username" required autofocus value="{HtmlPage.Encode(userName)}">
            <label for="password">Passord</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">Logg inn</button>
            </form>
            """, statusCode);

    /// <summary>Only a path on this server: a sign-in never sends the person on to another site.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
