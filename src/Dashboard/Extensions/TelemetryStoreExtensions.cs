using Hemit.Dashboard.Configuration;
using Hemit.Dashboard.Telemetry;
using Microsoft.Extensions.Options;

namespace Hemit.Dashboard.Extensions;

internal static class TelemetryStoreExtensions
{
    public static IServiceCollection AddTelemetryStore(this IServiceCollection services) =>
        services.AddSingleton(provider => new TelemetryStore(
            provider.GetRequiredService<IOptions<DashboardOptions>>().Value.Storage,
            provider.GetRequiredService<ILogger<TelemetryStore>>()));
}
