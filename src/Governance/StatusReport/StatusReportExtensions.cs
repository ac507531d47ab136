using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.Governance.StatusReport;

public static class StatusReportExtensions
{
    /// <summary>The status report: typed gRPC clients for its sources (found by service discovery), the compiler, its options.</summary>
    public static IHostApplicationBuilder AddStatusReport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddServiceGrpcClient<FinanceService.FinanceServiceClient>(FinanceSource.Name);
        builder.Services.AddServiceGrpcClient<HrMetricsService.HrMetricsServiceClient>(HrMetricsSource.Name);
        builder.Services.AddServiceGrpcClient<ServiceDeskService.ServiceDeskServiceClient>(ServiceDeskSource.Name);
        builder.Services.AddServiceGrpcClient<ProjectsService.ProjectsServiceClient>(ProjectsSource.Name);
        builder.Services.Configure<StatusReportOptions>(builder.Configuration.GetSection("StatusReport"));
        builder.Services.AddScoped<FinanceSource>();
        builder.Services.AddScoped<HrMetricsSource>();
        builder.Services.AddScoped<ServiceDeskSource>();
        builder.Services.AddScoped<ProjectsSource>();
        builder.Services.AddScoped<SourceCalls>();
        builder.Services.AddScoped<StatusReportCompiler>();
        builder.Services.AddScoped<TertialReportCompiler>();
        return builder;
    }
}
