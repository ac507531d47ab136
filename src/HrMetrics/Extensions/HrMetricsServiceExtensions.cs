using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.HrMetrics.Data;

namespace Hemit.HrMetrics.Extensions;

public static class HrMetricsServiceExtensions
{
    public const string ServiceName = "hrmetrics";

    public static IHostApplicationBuilder AddHrMetricsServices(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<IHostApplicationBuilder, HrMetricsDbContext>("hrdb");
        builder.AddMessaging<IHostApplicationBuilder, HrMetricsDbContext>(ServiceName);
        builder.Services.AddScoped<PeriodCloser<HrMetricsDbContext>>();
        return builder;
    }
}
