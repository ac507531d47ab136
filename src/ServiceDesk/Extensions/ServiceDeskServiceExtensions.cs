using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.ServiceDesk.Data;

namespace Hemit.ServiceDesk.Extensions;

public static class ServiceDeskServiceExtensions
{
    public const string ServiceName = "servicedesk";

    public static IHostApplicationBuilder AddServiceDeskServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IHostApplicationBuilder, ServiceDeskDbContext>("servicedeskdb");
        builder.AddMessaging<IHostApplicationBuilder, ServiceDeskDbContext>(ServiceName);
        builder.Services.AddScoped<PeriodCloser<ServiceDeskDbContext>>();
        return builder;
    }
}
