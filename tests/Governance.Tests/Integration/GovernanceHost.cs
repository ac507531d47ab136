using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.Governance.Meetings;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Governance.Tests.Integration;

/// <summary>
/// The real governance service in-process on a fresh database, its clock set by the test, its HR metrics client
/// pointed at a real HR metrics service in-process when one is given, and clients for its gRPC services.
/// </summary>
public sealed class GovernanceHost : ServiceUnderTest<BoardGrpcService, GovernanceDbContext>
{
    public const string ChairName = "Styreleder Testesen";
    public const string SecretaryName = "Sekretær Prøvesen";

    private GovernanceHost(string database, string messaging, BoardClock clock, Func<HttpMessageHandler>? hrMetrics, Action<IServiceCollection>? sources)
        : base(new Dictionary<string, string> { ["governancedb"] = database, ["messaging"] = messaging }, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.Configure<BoardOptions>(board =>
            {
                board.ChairName = ChairName;
                board.SecretaryName = SecretaryName;
            });
            if (hrMetrics is not null)
            {
                UseInProcess<HrMetricsService.HrMetricsServiceClient>(hrMetrics)(services);
            }

            sources?.Invoke(services);
        })
    {
        Database = database;
        Clock = clock;
        Board = new BoardService.BoardServiceClient(Channel);
        Assignments = new OwnerAssignmentService.OwnerAssignmentServiceClient(Channel);
        RisksAndAudits = new RiskAndAuditService.RiskAndAuditServiceClient(Channel);
        StatusReports = new StatusReportService.StatusReportServiceClient(Channel);
    }

    public BoardClock Clock { get; }

    /// <summary>The connection string of this host's database.</summary>
    public string Database { get; }

    public BoardService.BoardServiceClient Board { get; }

    public OwnerAssignmentService.OwnerAssignmentServiceClient Assignments { get; }

    public RiskAndAuditService.RiskAndAuditServiceClient RisksAndAudits { get; }

    public StatusReportService.StatusReportServiceClient StatusReports { get; }

    /// <summary>A fresh database; events stay in the outbox (no broker answers), where the tests read them.</summary>
    /// <param name="hrMetrics">The HR metrics service's in-process handler, for the indicators.</param>
    /// <param name="sources">Points governance's other source clients (finance, service desk, projects) at in-process services.</param>
    /// <summary>A second replica of <paramref name="first"/>: a process of its own on the same database and clock.</summary>
    public static GovernanceHost ReplicaOf(GovernanceHost first) => new(first.Database, UnreachableBroker.Address, first.Clock, null, null);

    public static async Task<GovernanceHost> StartAsync(PlatformServers servers, Func<HttpMessageHandler>? hrMetrics = null, Action<IServiceCollection>? sources = null) =>
        new(await servers.CreateDatabaseAsync("governance"), UnreachableBroker.Address, new BoardClock(), hrMetrics, sources);
}
