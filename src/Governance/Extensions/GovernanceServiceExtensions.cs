using Hemit.BuildingBlocks.Bus;
using Hemit.Governance.Data;
using Hemit.Governance.Reporting;
using Hemit.Governance.StatusReport;

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
        });
        builder.AddStatusReport();
        return builder;
    }
}
