using Hemit.Dashboard.Configuration;
using Microsoft.Extensions.Options;

namespace Hemit.Dashboard.Extensions;

internal static class DashboardOptionsExtensions
{
    /// <summary>
    /// Binds the <c>Dashboard</c> section once, fills in the data folder (<c>&lt;HEMIT_DATA_DIR or .hemit&gt;/dashboard</c>)
    /// and refuses a size bound below 1 MiB, or an ApiKey mode without a key, with a message naming the setting.
    /// </summary>
    public static DashboardOptions AddDashboardOptions(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DashboardOptions.SectionName).Get<DashboardOptions>() ?? new DashboardOptions();
        if (string.IsNullOrWhiteSpace(options.Storage.Path))
        {
            var dataDirectory = builder.Configuration["HEMIT_DATA_DIR"];
            options.Storage.Path = Path.Combine(string.IsNullOrWhiteSpace(dataDirectory) ? ".hemit" : dataDirectory, "dashboard");
        }

        options.Storage.Path = Path.GetFullPath(options.Storage.Path);
        if (options.Storage.MaxSizeMegabytes < 1)
        {
            throw new InvalidOperationException(
                $"Dashboard__Storage__MaxSizeMegabytes must be at least 1, not {options.Storage.MaxSizeMegabytes}.");
        }

        if (options.Otlp.AuthMode == OtlpAuthMode.ApiKey && string.IsNullOrWhiteSpace(options.Otlp.PrimaryApiKey))
        {
            throw new InvalidOperationException("Dashboard__Otlp__AuthMode is ApiKey, so Dashboard__Otlp__PrimaryApiKey must be set.");
        }

        if (options.ResourceServiceClient.AuthMode == ResourceServiceAuthMode.ApiKey && string.IsNullOrWhiteSpace(options.ResourceServiceClient.ApiKey))
        {
            throw new InvalidOperationException("Dashboard__ResourceServiceClient__AuthMode is ApiKey, so Dashboard__ResourceServiceClient__ApiKey must be set.");
        }

        if (string.IsNullOrWhiteSpace(options.ApplicationName))
        {
            options.ApplicationName = builder.Configuration["DOTNET_DASHBOARD_APPLICATION_NAME"];
        }

        builder.Services.AddSingleton(Options.Create(options));
        return options;
    }
}
