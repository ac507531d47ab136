using Hemit.Identity.Access;
using Hemit.Identity.Clients;
using Hemit.Identity.Data;
using Hemit.Identity.Endpoints;
using Hemit.Identity.Keys;
using Hemit.Identity.People;
using Hemit.Identity.Startup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hemit.Identity.Extensions;

public static class IdentityServiceExtensions
{
    public const string ServiceName = "identity";
    public const string DatabaseName = "identitydb";
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromHours(1);

    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IHostApplicationBuilder, IdentityDbContext>(DatabaseName);
        var settingsSection = builder.Configuration.GetSection(IdentitySettings.Section);
        builder.Services.Configure<IdentitySettings>(settingsSection);
        var settings = settingsSection.Get<IdentitySettings>() ?? new IdentitySettings();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IPasswordHasher<Person>, PasswordHasher<Person>>();
        builder.Services.AddScoped<PasswordSignIn>();
        builder.Services.AddScoped<PeopleSynchronizer>();
        builder.Services.AddScoped<ClientSynchronizer>();
        builder.Services.AddScoped<ScopeRegistration>();
        builder.Services.AddScoped<ServerKeyStore>();
        builder.Services.AddSingleton<ServerCertificates>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>>(provider => provider.GetRequiredService<ServerCertificates>());
        // After the migrations (registered above), before the first request.
        builder.Services.AddHostedService<IdentityStartup>();

        // Every replica reads the cookie and antiforgery tokens another wrote.
        builder.Services.AddDataProtection().SetApplicationName("Hemit.Identity").PersistKeysToDbContext<IdentityDbContext>();
        builder.Services.AddAntiforgery();
        builder.Services.AddAuthentication()
            .AddCookie(IdentityCookie.Scheme, options =>
            {
                options.Cookie.Name = "hemit.identity";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = AccountEndpoints.LoginPath;
                options.ExpireTimeSpan = IdentityCookie.Lifetime;
                options.SlidingExpiration = false;
            });
        builder.Services.AddAuthorization();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                if (settings.Issuer is { IsAbsoluteUri: true } issuer)
                {
                    server.SetIssuer(issuer);
                }

                server.SetAuthorizationEndpointUris(ConnectEndpoints.AuthorizePath)
                    .SetTokenEndpointUris(ConnectEndpoints.TokenPath)
                    .SetDeviceAuthorizationEndpointUris(ConnectEndpoints.DevicePath)
                    .SetEndUserVerificationEndpointUris(ConnectEndpoints.VerifyPath)
                    .SetUserInfoEndpointUris(ConnectEndpoints.UserInfoPath)
                    .SetEndSessionEndpointUris(ConnectEndpoints.EndSessionPath);
                server.AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .AllowRefreshTokenFlow()
                    .AllowDeviceAuthorizationFlow()
                    .RequireProofKeyForCodeExchange();
                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, .. Hemit.Security.Scopes.All]);
                server.RegisterClaims(Claims.Subject, Claims.Name, Claims.Role, Claims.ClientId, Claims.Scope);
                // Services validate access tokens themselves against the JWKS: a signed JWT, not an encrypted one.
                server.DisableAccessTokenEncryption();
                server.SetAccessTokenLifetime(AccessTokenLifetime);
                server.AddEventHandler(RefuseUnpermittedScopes<OpenIddictServerEvents.ValidateTokenRequestContext>.Before(
                    OpenIddictServerHandlers.Exchange.ValidateScopePermissions.Descriptor));
                server.AddEventHandler(RefuseUnpermittedScopes<OpenIddictServerEvents.ValidateDeviceAuthorizationRequestContext>.Before(
                    OpenIddictServerHandlers.Device.ValidateScopePermissions.Descriptor));
                // The signing and encryption certificates come from the database (ServerCertificates).

                var aspNetCore = server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndUserVerificationEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (builder.Environment.IsDevelopment() || settings.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        return builder;
    }
}
