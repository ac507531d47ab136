using Microsoft.AspNetCore.DataProtection;

namespace Hemit.Portal.SignIn;

/// <summary>
/// The sign-in cookie, the OpenID Connect correlation cookies and the antiforgery tokens are encrypted with ASP.NET Core's
/// data-protection keys. With several portal replicas the next request may land on another one, which must read them:
/// every replica uses one key ring in <c>DataProtection:KeysDirectory</c> (the AppHost points it into the data folder;
/// on Kubernetes a volume all pods mount) under one application name, whatever folder each runs from.
/// </summary>
public static class SharedDataProtectionKeys
{
    public const string ApplicationName = "Hemit.Portal";

    public static IHostApplicationBuilder AddSharedDataProtectionKeys(this IHostApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        if (builder.Configuration["DataProtection:KeysDirectory"] is { Length: > 0 } directory)
        {
            protection.PersistKeysToFileSystem(Directory.CreateDirectory(directory));
        }

        return builder;
    }
}
