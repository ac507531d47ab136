using Hemit.Dashboard.Authentication;
using Hemit.Dashboard.Otlp;
using Hemit.Dashboard.Telemetry;

namespace Hemit.Dashboard.Extensions;

/// <summary>The whole dashboard, in the order Program.cs reads it.</summary>
public static class DashboardExtensions
{
    public static WebApplicationBuilder AddDashboard(this WebApplicationBuilder builder)
    {
        // Package assets (Fluent UI, Blazor) are served from the build output in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        var options = builder.AddDashboardOptions();
        builder.AddDashboardListeners();
        builder.Services.AddTelemetryStore();
        builder.Services.AddOtlpReceivers();
        builder.Services.AddBrowserTokenLogin(options);
        builder.Services.AddResourceFeed();
        builder.Services.AddWebUi();
        return builder;
    }

    public static WebApplication UseDashboard(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Configuration.DashboardOptions>>().Value;

        // Open (and replay) the store before the first request, not on it.
        app.Services.GetRequiredService<TelemetryStore>();

        app.UseMiddleware<ListenerGuardMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOtlpReceivers();
        app.MapLogin();
        app.MapWebUi(options);
        app.PrintLoginUrlAtStart(options);
        return app;
    }
}
