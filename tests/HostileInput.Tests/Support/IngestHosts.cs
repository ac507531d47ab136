using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Contracts.ServiceDesk.V1;
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
using Hemit.Cli.Tests.Support;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;

namespace Hemit.HostileInput.Tests.Support;

/// <summary>
/// The five services in-process, once for the whole corpus, each on a fresh database of one PostgreSQL server; no broker
/// answers, so events wait in the outboxes (where the tests count them). December 1999 is closed in every service that
/// closes months, so a case can push into a closed month.
/// </summary>
public sealed class IngestHosts : IAsyncLifetime
{
    public static readonly Period ClosedMonth = Period.Of(1999, 12);

    private readonly PlatformServers _servers = new();

    public ServiceUnderTest<FinanceGrpcService, FinanceDbContext> Finance { get; private set; } = null!;

    public ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext> HrMetrics { get; private set; } = null!;

    public ServiceUnderTest<ServiceDeskGrpcService, ServiceDeskDbContext> ServiceDesk { get; private set; } = null!;

    public ServiceUnderTest<ProjectsGrpcService, ProjectsDbContext> Projects { get; private set; } = null!;

    public ServiceUnderTest<GovernanceGrpcService, GovernanceDbContext> Governance { get; private set; } = null!;

    public FinanceService.FinanceServiceClient FinanceClient => new(Finance.Channel);

    public HrMetricsService.HrMetricsServiceClient HrClient => new(HrMetrics.Channel);

    public ServiceDeskService.ServiceDeskServiceClient ServiceDeskClient => new(ServiceDesk.Channel);

    public ProjectsService.ProjectsServiceClient ProjectsClient => new(Projects.Channel);

    public OwnerAssignmentService.OwnerAssignmentServiceClient AssignmentsClient => new(Governance.Channel);

    public async Task InitializeAsync()
    {
        Finance = await InProcessServices.FinanceAsync(_servers);
        HrMetrics = await InProcessServices.HrMetricsAsync(_servers);
        ServiceDesk = await InProcessServices.ServiceDeskAsync(_servers);
        Projects = await InProcessServices.ProjectsAsync(_servers);
        Governance = await InProcessServices.GovernanceAsync(_servers);
        var close = new ClosePeriodRequest { Period = ClosedMonth };
        await FinanceClient.ClosePeriodAsync(close);
        await HrClient.ClosePeriodAsync(close);
        await ServiceDeskClient.ClosePeriodAsync(close);
        await ProjectsClient.ClosePeriodAsync(close);
        _ = Governance.Channel; // starts governance now, so no case pays for its start
    }

    public async Task DisposeAsync()
    {
        Finance?.Dispose();
        HrMetrics?.Dispose();
        ServiceDesk?.Dispose();
        Projects?.Dispose();
        Governance?.Dispose();
        await _servers.DisposeAsync();
    }
}

/// <summary>Every corpus test shares the five hosts; the tests of one collection run one after another, so counts are exact.</summary>
[CollectionDefinition(Name)]
public sealed class IngestCollection : ICollectionFixture<IngestHosts>
{
    public const string Name = "Five services for the hostile-input corpus";
}
