using Hemit.Dashboard.Components;
using Hemit.Dashboard.Configuration;
using Microsoft.FluentUI.AspNetCore.Components;

namespace Hemit.Dashboard.Extensions;

internal static class WebUiExtensions
{
    public static IServiceCollection AddWebUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddFluentUIComponents();
        return services;
    }

    /// <summary>The Blazor pages, behind the browser-token login unless the dashboard runs unsecured.</summary>
    public static void MapWebUi(this WebApplication app, DashboardOptions options)
    {
        app.MapStaticAssets();
        var pages = app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        if (options.Frontend.AuthMode == FrontendAuthMode.BrowserToken)
        {
            pages.RequireAuthorization();
        }
    }
}
