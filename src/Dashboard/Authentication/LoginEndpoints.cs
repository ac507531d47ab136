using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hemit.Dashboard.Authentication;

/// <summary>
/// /login?t=TOKEN sets the login cookie and goes on to the page asked for; /login without a valid token shows a
/// form to paste the token into; /logout forgets the cookie.
/// </summary>
internal static class LoginEndpoints
{
    public static void MapLogin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/login", async (HttpContext http, BrowserToken token, string? t, string? returnUrl) =>
        {
            var target = IsLocal(returnUrl) ? returnUrl! : "/";
            if (token.Matches(t))
            {
                var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "developer")], CookieAuthenticationDefaults.AuthenticationScheme);
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity),
                    new AuthenticationProperties { IsPersistent = true });
                return Results.Redirect(target);
            }

            var error = t is null ? "" : "That token is not this dashboard's. Copy the login link the AppHost (or the dashboard) printed at start.";
            return Results.Content(LoginPage(target, error), "text/html; charset=utf-8",
                statusCode: t is null ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized);
        }).AllowAnonymous();

        endpoints.MapGet("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/login");
        }).AllowAnonymous();
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static string LoginPage(string returnUrl, string error) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8" />
          <title>Log in · Hemit dashboard</title>
          <link rel="stylesheet" href="/app.css" />
        </head>
        <body class="login-body">
          <form class="login-card" method="get" action="/login" data-testid="login-form">
            <h1>Hemit dashboard</h1>
            <p>Paste the browser token printed at start (innloggingstoken).</p>
            <input type="hidden" name="returnUrl" value="{{WebUtility.HtmlEncode(returnUrl)}}" />
            <input type="password" name="t" placeholder="Token" autofocus data-testid="login-token" />
            <button type="submit" data-testid="login-submit">Log in</button>
            <p class="login-error" data-testid="login-error">{{WebUtility.HtmlEncode(error)}}</p>
          </form>
        </body>
        </html>
        """;
}
