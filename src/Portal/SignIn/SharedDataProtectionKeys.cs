using Hemit.Portal.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Hemit.Portal.SignIn;

/// <summary>
/// The sign-in cookie, the OpenID Connect correlation cookies and the antiforgery tokens are encrypted with ASP.NET Core's
/// data-protection keys. With several portal replicas the next request may land on another one, which must read them:
/// every replica keeps one key ring in the portal's database (portaldb, migrated at start) under one application name,
/// as the identity service does in its own.
/// </summary>
public static class SharedDataProtectionKeys
{
    public const string ApplicationName = "Hemit.Portal";

    public static IHostApplicationBuilder AddSharedDataProtectionKeys(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IHostApplicationBuilder, PortalDbContext>(PortalDbContext.DatabaseName);
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<PortalDbContext>();
        return builder;
    }
}
