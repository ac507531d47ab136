using Hemit.Dashboard.Authentication;
using Hemit.Dashboard.Configuration;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Hemit.Dashboard.Extensions;

internal static class BrowserTokenExtensions
{
    /// <summary>
    /// Cookie login with the browser token. The cookie's keys live in the data folder, so a logged-in browser
    /// stays logged in across a dashboard restart.
    /// </summary>
    public static IServiceCollection AddBrowserTokenLogin(this IServiceCollection services, DashboardOptions options)
    {
        services.AddSingleton(BrowserToken.FromConfiguration(options.Frontend.BrowserToken));

        // The keys only protect the login cookie of a local developer tool and live in its data folder; the
        // framework's warning that they are stored unencrypted would only alarm.
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error));
        services.AddDataProtection()
            .SetApplicationName("Hemit.Dashboard")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.Storage.Path, "keys")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = ".Hemit.Dashboard.Login";
                cookie.Cookie.HttpOnly = true;
                // Lax, not Strict: the login link is opened from a terminal or the AppHost's output, and the
                // redirect that follows it must carry the new cookie.
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.LoginPath = "/login";
                cookie.ReturnUrlParameter = "returnUrl";
                cookie.ExpireTimeSpan = TimeSpan.FromDays(3);
                cookie.SlidingExpiration = true;
            });
        services.AddAuthorization();
        return services;
    }

    /// <summary>Prints where to log in (with the token) and where to send telemetry, once the listeners are bound.</summary>
    public static void PrintLoginUrlAtStart(this WebApplication app, DashboardOptions options)
    {
        var endpoints = app.Services.GetRequiredService<DashboardEndpoints>();
        var token = app.Services.GetRequiredService<BrowserToken>();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var ui = endpoints.BoundAddress(DashboardConnectionType.Frontend);
            if (options.Frontend.AuthMode == FrontendAuthMode.BrowserToken)
            {
                app.Logger.LogInformation("Login to the dashboard at {LoginUrl}", $"{ui.GetLeftPart(UriPartial.Authority)}/login?t={token.Value}");
            }
            else
            {
                app.Logger.LogWarning("The dashboard is unsecured (Dashboard__Frontend__AuthMode=Unsecured): {Url}", ui);
            }

            app.Logger.LogInformation(
                "OTLP/gRPC receiver at {OtlpGrpc}, OTLP/HTTP receiver at {OtlpHttp}",
                endpoints.BoundAddress(DashboardConnectionType.OtlpGrpc), endpoints.BoundAddress(DashboardConnectionType.OtlpHttp));
        });
    }
}
