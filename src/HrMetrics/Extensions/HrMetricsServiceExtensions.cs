using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.BuildingBlocks.Reporting;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Importing;
using Hemit.HrMetrics.Indicators;
using Hemit.HrMetrics.SickLeave;
using Hemit.HrMetrics.Staffing;
using Hemit.HrMetrics.WorkingTime;

namespace Hemit.HrMetrics.Extensions;

public static class HrMetricsServiceExtensions
{
    public const string ServiceName = "hrmetrics";

    public static IHostApplicationBuilder AddHrMetricsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IHostApplicationBuilder, HrMetricsDbContext>("hrdb");
        builder.AddMessaging<IHostApplicationBuilder, HrMetricsDbContext>(ServiceName);
        builder.Services.AddScoped<PeriodCloser<HrMetricsDbContext>>();
        builder.Services.Configure<HrTargetOptions>(builder.Configuration.GetSection(HrTargetOptions.Section));
        builder.Services.AddScoped<MonthlyImport>();
        builder.Services.AddScoped<SickLeaveImporter>();
        builder.Services.AddScoped<WorkingTimeViolationImporter>();
        builder.Services.AddScoped<StaffingImporter>();
        builder.Services.AddReportCache<HrMetricsDbContext>();
        return builder;
    }
}
