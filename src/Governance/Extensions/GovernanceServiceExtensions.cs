using Grpc.AspNetCore.Server;
using Hemit.BuildingBlocks.Bus;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Governance.AnnualCycle;
using Hemit.Governance.Assignments;
using Hemit.Governance.Audits;
using Hemit.Governance.Data;
using Hemit.Governance.Indicators;
using Hemit.Governance.Meetings;
using Hemit.Governance.Refusals;
using Hemit.Governance.Reporting;
using Hemit.Governance.StatusReport;
using Hemit.Governance.ReportingCalendar;
using Hemit.Governance.Risks;

namespace Hemit.Governance.Extensions;

public static class GovernanceServiceExtensions
{
    public const string ServiceName = "governance";

    public static IHostApplicationBuilder AddGovernanceServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IHostApplicationBuilder, GovernanceDbContext>("governancedb");
        builder.AddMessaging<IHostApplicationBuilder, GovernanceDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<MonthClosedHandler>();
            bus.AddConsumer<MonthReopenedHandler>();
            bus.AddConsumer<Hemit.Governance.Meetings.StatusReportApprovedHandler>();
        });
        builder.AddStatusReport();
        builder.AddBoardServices();
        return builder;
    }

    /// <summary>The board's own business: meetings, the annual cycle, owner's assignments and indicators, risks, audits, reporting.</summary>
    private static void AddBoardServices(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<RefusalInterceptor>());
        builder.Services.Configure<BoardOptions>(builder.Configuration.GetSection(BoardOptions.Section));
        builder.Services.AddScoped<IAgendaNumberSeries, SqlAgendaNumberSeries>();
        builder.Services.AddScoped<BoardMeetings>();
        builder.Services.AddScoped<MeetingPlanner>();
        builder.Services.AddScoped<OwnerAssignments>();
        builder.Services.AddHostedService<OverdueAssignmentWatch>();
        // Owner's indicators ask HR metrics through the client the status report registers (AddStatusReport).
        builder.Services.AddScoped<OwnerIndicators>();
        builder.Services.AddScoped<RiskRegistry>();
        builder.Services.AddScoped<AuditRegistry>();
        builder.Services.AddScoped<OwnerReporting>();
    }
}
