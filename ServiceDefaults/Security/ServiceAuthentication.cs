using System.Security.Claims;
using Hemit.Contracts.Security;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hemit.Security;

/// <summary>
/// Bearer tokens on every entry point, set up once for every service: JWTs from the configured issuer, one
/// authorization policy per scope, refusals as gRPC statuses, and a start-up check that every gRPC method declares
/// its scope.
/// </summary>
public static class ServiceAuthentication
{
    /// <summary>Claims a token may carry its scopes in: <c>scope</c> (OpenIddict, RFC 9068), <c>scp</c> (Entra ID,
    /// delegated) and <c>roles</c> (Entra ID, application permissions).</summary>
    private static readonly string[] ScopeClaimTypes = ["scope", "scp", "roles"];

    public static TBuilder AddServiceAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var section = builder.Configuration.GetSection(ServiceAuthOptions.Section);
        builder.Services.Configure<ServiceAuthOptions>(section);
        var auth = section.Get<ServiceAuthOptions>() ?? new ServiceAuthOptions();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                // Claim names as the issuer wrote them (sub, scope, role), not mapped to long WS-* URIs.
                jwt.MapInboundClaims = false;
                jwt.Authority = auth.Authority;
                jwt.Audience = auth.Audience;
                jwt.RequireHttpsMetadata = !(auth.AllowHttpAuthority ?? builder.Environment.IsDevelopment());
                jwt.TokenValidationParameters.NameClaimType = "name";
                jwt.TokenValidationParameters.RoleClaimType = "role";
            });

        builder.Services.AddAuthorization(options =>
        {
            foreach (var scope in Scopes.All)
            {
                options.AddPolicy(RequiresScopeAttribute.PolicyFor(scope), policy => policy
                    .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context => HasScope(context.User, scope)));
            }
        });
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, GrpcAuthorizationResultHandler>();
        builder.Services.AddTransient<IStartupFilter, DeclaredScopesCheck>();

        // The service's own identity for the calls it makes; a host that acts for a signed-in person (the portal)
        // registers its own source first.
        builder.Services.AddHttpClient(nameof(ClientCredentialsTokenSource));
        builder.Services.TryAddSingleton<IAccessTokenSource>(services => CreateClientCredentialsSource(services));
        return builder;
    }

    /// <summary>Whether <paramref name="user"/>'s token grants <paramref name="scope"/>.</summary>
    public static bool HasScope(ClaimsPrincipal user, string scope) =>
        user.Claims.Where(claim => ScopeClaimTypes.Contains(claim.Type))
            .SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(scope, StringComparer.Ordinal);

    /// <summary>Who called: the person (<c>sub</c>) or the client (<c>client_id</c>/<c>azp</c>) the token was issued to.</summary>
    public static string CallerOf(ClaimsPrincipal user) =>
        user.FindFirst("sub")?.Value ?? user.FindFirst("client_id")?.Value ?? user.FindFirst("azp")?.Value ?? "anonymous";

    private static ClientCredentialsTokenSource CreateClientCredentialsSource(IServiceProvider services)
    {
        var auth = services.GetRequiredService<IOptions<ServiceAuthOptions>>().Value;
        if (string.IsNullOrWhiteSpace(auth.Authority) || string.IsNullOrWhiteSpace(auth.ClientId) || string.IsNullOrWhiteSpace(auth.ClientSecret))
        {
            throw new AccessTokenException(
                "This service calls another but has no client identity: set Auth:Authority, Auth:ClientId and Auth:ClientSecret " +
                "(the AppHost does for the local stack).");
        }

        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(ClientCredentialsTokenSource));
        return new ClientCredentialsTokenSource(http,
            new ClientCredentials(new Uri(auth.Authority), auth.ClientId, auth.ClientSecret, auth.Scopes),
            services.GetService<TimeProvider>());
    }
}
