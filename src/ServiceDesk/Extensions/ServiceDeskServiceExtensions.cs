using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.BuildingBlocks.Reporting;
using Hemit.ServiceDesk.Availability;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Importing;
using Hemit.ServiceDesk.Releases;
using Hemit.ServiceDesk.Reporting;
using Hemit.ServiceDesk.Sla;
using Microsoft.Extensions.Options;

namespace Hemit.ServiceDesk.Extensions;

public static class ServiceDeskServiceExtensions
{
    public const string ServiceName = "servicedesk";

    public static IHostApplicationBuilder AddServiceDeskServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IHostApplicationBuilder, ServiceDeskDbContext>("servicedeskdb");
        builder.AddMessaging<IHostApplicationBuilder, ServiceDeskDbContext>(ServiceName);
        builder.Services.AddScoped<PeriodCloser<ServiceDeskDbContext>>();
        builder.Services.Configure<SlaOptions>(builder.Configuration.GetSection(SlaOptions.Section));
        builder.Services.AddSingleton(provider => SlaPolicies.From(provider.GetRequiredService<IOptions<SlaOptions>>().Value));
        builder.Services.AddScoped<TicketEventImporter>();
        builder.Services.AddScoped<MonthReportQuery>();
        builder.Services.AddReportCache<ServiceDeskDbContext>();
        builder.Services.AddScoped<ReleaseQuery>();
        builder.Services.AddScoped<AvailabilityImporter>();
        builder.Services.AddScoped<AvailabilityQuery>();
        return builder;
    }
}
