using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.Projects.Data;
using Hemit.Projects.Grpc;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;

namespace Hemit.Cli.Tests.Support;

/// <summary>
/// The real services in-process (tests/ServiceTestHost's <see cref="ServiceUnderTest{TEntryPoint, TContext}"/>), each on a
/// fresh database with the connection names the AppHost gives them. Without <c>messaging</c> a service is pointed at an
/// address where no broker answers, so its events wait in its outbox.
/// </summary>
public static class InProcessServices
{
    public static async Task<ServiceUnderTest<FinanceGrpcService, FinanceDbContext>> FinanceAsync(PlatformServers servers, string? messaging = null) =>
        new(await ConnectionStringsAsync(servers, "financedb", "cli_finance", messaging));

    public static async Task<ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext>> HrMetricsAsync(PlatformServers servers, string? messaging = null) =>
        new(await ConnectionStringsAsync(servers, "hrdb", "cli_hrmetrics", messaging));

    public static async Task<ServiceUnderTest<ServiceDeskGrpcService, ServiceDeskDbContext>> ServiceDeskAsync(PlatformServers servers, string? messaging = null) =>
        new(await ConnectionStringsAsync(servers, "servicedeskdb", "cli_servicedesk", messaging));

    public static async Task<ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext>> ProjectsAsync(PlatformServers servers, string? messaging = null) =>
        new(await ConnectionStringsAsync(servers, "projectsdb", "cli_projects", messaging));

    public static async Task<ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext>> GovernanceAsync(PlatformServers servers, string? messaging = null) =>
        new(await ConnectionStringsAsync(servers, "governancedb", "cli_governance", messaging));

    private static async Task<Dictionary<string, string>> ConnectionStringsAsync(
        PlatformServers servers, string databaseName, string prefix, string? messaging) => new()
    {
        [databaseName] = await servers.CreateDatabaseAsync(prefix),
        ["messaging"] = messaging ?? UnreachableBroker.Address,
    };
}
