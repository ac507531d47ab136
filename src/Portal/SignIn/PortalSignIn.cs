using Hemit.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Hemit.Portal.SignIn;

/// <summary>
/// People sign in to the portal through the identity service (authorization code with PKCE) and the portal keeps who
/// they are, their scopes and their access token in its own cookie; the report downloads also take a bearer token
/// (what <c>hemit governance report</c> sends). Every page needs <c>governance.read</c>; governance checks each call
/// again with the person's own token.
/// </summary>
public static class PortalSignIn
{
    /// <summary>Picks the bearer token when a request carries one (the CLI), else the person's cookie (a browser).</summary>
    public const string PersonOrBearer = "PersonOrBearer";

    /// <summary>The operations page's policy: a signed-in person with <c>ops.read</c> (board papers not needed).</summary>
    public const string Operations = "Operations";

    public const string NoAccessPath = "/ingen-tilgang";
    public const string SignOutPath = "/logg-ut";

    /// <summary>The claim the access token's scopes are copied into, as issued: one space-separated string.</summary>
    private const string ScopeClaim = "scope";

    public static WebApplicationBuilder AddPortalSignIn(this WebApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(ServiceAuthOptions.Section).Get<ServiceAuthOptions>() ?? new ServiceAuthOptions();
        var allowHttp = auth.AllowHttpAuthority ?? builder.Environment.IsDevelopment();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SignedInPerson>();
        // A bearer request's token is kept, so governance is called with it (PersonAccessTokenSource).
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt => jwt.SaveToken = true);

        // ServiceDefaults made JwtBearer the default; the portal's default picks per request.
        builder.Services.AddAuthentication(options => options.DefaultScheme = PersonOrBearer)
            .AddPolicyScheme(PersonOrBearer, "Person or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, cookie =>
            {
                cookie.Cookie.Name = "hemit.portal";
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.AccessDeniedPath = NoAccessPath;
                cookie.ForwardChallenge = OpenIdConnectDefaults.AuthenticationScheme;
                // The access token inside is what governance is called with: once it has expired, sign in again (the
                // identity service's own session usually makes that a pair of redirects, without a password).
                cookie.Events.OnValidatePrincipal = async context =>
                {
                    if (DateTimeOffset.TryParse(context.Properties.GetTokenValue("expires_at"), System.Globalization.CultureInfo.InvariantCulture,
                            System.Globalization.DateTimeStyles.RoundtripKind, out var expires)
                        && expires <= DateTimeOffset.UtcNow.AddSeconds(30))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
            })
            .AddOpenIdConnect(OpenIdConnectDefaults.AuthenticationScheme, oidc =>
            {
                oidc.Authority = auth.Authority;
                oidc.ClientId = auth.ClientId;
                oidc.ClientSecret = auth.ClientSecret;
                oidc.RequireHttpsMetadata = !allowHttp;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                oidc.SignOutScheme = OpenIdConnectDefaults.AuthenticationScheme;
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = "role";
                oidc.Scope.Clear();
                foreach (var scope in (string[])["openid", "profile", "roles", "offline_access", Scopes.GovernanceRead, Scopes.GovernanceWrite, Scopes.GovernanceApprove,
                             Scopes.OpsRead, Scopes.OpsWrite])
                {
                    oidc.Scope.Add(scope);
                }

                // The code comes back by a plain redirect (not a cross-site form post), so the correlation and nonce
                // cookies can be SameSite=Lax and, on the development stack's http, not Secure.
                oidc.ResponseMode = "query";
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // Only a browser is sent to the login page; a script without a token gets 401, not the login form as its PDF.
                oidc.Events.OnRedirectToIdentityProvider = context =>
                {
                    if (!context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        context.Response.Headers.WWWAuthenticate = "Bearer";
                        context.HandleResponse();
                    }

                    return Task.CompletedTask;
                };
                oidc.Events.OnTokenValidated = context =>
                {
                    // What the person may do is what the access token grants: the pages ask the cookie's identity.
                    if (context.TokenEndpointResponse?.AccessToken is { Length: > 0 } accessToken
                        && new JsonWebToken(accessToken).TryGetPayloadValue<string>(ScopeClaim, out var scopes)
                        && context.Principal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                    {
                        identity.AddClaim(new System.Security.Claims.Claim(ScopeClaim, scopes));
                    }

                    return Task.CompletedTask;
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(ScopePolicy(Scopes.GovernanceRead))
            .AddPolicy(Operations, ScopePolicy(Scopes.OpsRead));
        return builder;
    }

    /// <summary>A signed-in person (or bearer token) whose token grants <paramref name="scope"/>.</summary>
    private static AuthorizationPolicy ScopePolicy(string scope) => new AuthorizationPolicyBuilder(PersonOrBearer)
        .RequireAuthenticatedUser()
        .RequireAssertion(context => ServiceAuthentication.HasScope(context.User, scope))
        .Build();

    /// <summary>"Logg ut" (a form post with the antiforgery token): ends the portal's cookie and the identity service's session.</summary>
    public static IEndpointRouteBuilder MapPortalSignOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SignOutPath, async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        }).RequireAuthorization(new AuthorizationPolicyBuilder(PersonOrBearer).RequireAuthenticatedUser().Build()).DisableAntiforgery();
        return endpoints;
    }
}
