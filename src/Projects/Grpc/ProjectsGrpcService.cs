using Hemit.Security;
using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Naming;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Projects.Benefits;
using Hemit.Projects.Data;
using Hemit.Projects.Dependencies;
using Hemit.Projects.Extensions;
using Hemit.Projects.Portfolio;
using Hemit.Projects.Snapshots;
using Hemit.Projects.WorkOrders;

namespace Hemit.Projects.Grpc;

/// <summary>The projects service's API: thin translation to the importers and queries.</summary>
public sealed class ProjectsGrpcService(
    PeriodCloser<ProjectsDbContext> periodCloser,
    ProjectImporter projects,
    MilestoneImporter milestones,
    PortfolioQuery portfolio,
    PortfolioSnapshots snapshots,
    WorkOrderImporter workOrders,
    WorkOrderQuery workOrderReport,
    BenefitImporter benefits,
    BenefitQuery benefitReport) : ProjectsService.ProjectsServiceBase
{
    [RequiresScope(Scopes.ProjectsWrite)]
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(ProjectsServiceExtensions.ServiceName, request, context.CancellationToken);

    [RequiresScope(Scopes.ProjectsWrite)]
    public override Task<ReopenPeriodResponse> ReopenPeriod(ReopenPeriodRequest request, ServerCallContext context) =>
        periodCloser.ReopenAsync(ProjectsServiceExtensions.ServiceName, request, context.CancellationToken);

    [RequiresScope(Scopes.ProjectsWrite)]
    public override Task<ImportSummary> ImportProjects(IAsyncStreamReader<Project> requestStream, ServerCallContext context) =>
        projects.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.ProjectsWrite)]
    public override Task<ImportSummary> ImportMilestones(IAsyncStreamReader<Milestone> requestStream, ServerCallContext context) =>
        milestones.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.ProjectsRead)]
    public override async Task<GetPortfolioResponse> GetPortfolio(GetPortfolioRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        return (await portfolio.GetAsync(period.Year, period.Month, context.CancellationToken)).ToResponse();
    }

    [RequiresScope(Scopes.ProjectsWrite)]
    public override async Task<Contracts.Projects.V1.Snapshot> TakeSnapshot(TakeSnapshotRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        if (request.Label.Length > 0 && NameRule.Problem(request.Label, "snapshot label", "Styremøte 19.11.2021") is { } problem)
        {
            throw InvalidArgument.ForField("label", problem);
        }

        return (await snapshots.TakeAsync(period.Year, period.Month, request.Label, context.CancellationToken)).ToWire();
    }

    [RequiresScope(Scopes.ProjectsRead)]
    public override async Task<ListSnapshotsResponse> ListSnapshots(ListSnapshotsRequest request, ServerCallContext context)
    {
        (int, int)? month = request.Period is null ? null : (InvalidArgument.RequirePeriod(request.Period).Year, request.Period.Month);
        var response = new ListSnapshotsResponse();
        response.Snapshots.AddRange((await snapshots.ListAsync(month, context.CancellationToken)).Select(s => s.ToHeader()));
        return response;
    }

    [RequiresScope(Scopes.ProjectsRead)]
    public override async Task<Contracts.Projects.V1.Snapshot> GetSnapshot(GetSnapshotRequest request, ServerCallContext context) =>
        (await FindAsync(request.SnapshotId, "snapshot_id", context.CancellationToken)).ToWire();

    [RequiresScope(Scopes.ProjectsRead)]
    public override async Task<CompareSnapshotsResponse> CompareSnapshots(CompareSnapshotsRequest request, ServerCallContext context)
    {
        var from = await FindAsync(request.FromSnapshotId, "from_snapshot_id", context.CancellationToken);
        var to = await FindAsync(request.ToSnapshotId, "to_snapshot_id", context.CancellationToken);
        return WireMapping.ToResponse(from, to, SnapshotComparison.Compare(from.Report, to.Report));
    }

    [RequiresScope(Scopes.ProjectsWrite)]
    public override Task<ImportSummary> ImportWorkOrders(IAsyncStreamReader<WorkOrder> requestStream, ServerCallContext context) =>
        workOrders.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.ProjectsRead)]
    public override async Task<GetWorkOrderReportResponse> GetWorkOrderReport(GetWorkOrderReportRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        return (await workOrderReport.GetAsync(period.Year, period.Month, context.CancellationToken)).ToResponse();
    }

    [RequiresScope(Scopes.ProjectsWrite)]
    public override Task<ImportSummary> ImportBenefits(IAsyncStreamReader<Benefit> requestStream, ServerCallContext context) =>
        benefits.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.ProjectsRead)]
    public override async Task<GetBenefitsResponse> GetBenefits(GetBenefitsRequest request, ServerCallContext context) =>
        (await benefitReport.GetAsync(InvalidArgument.RequireYear(request.Year), context.CancellationToken)).ToResponse();

    private async Task<Snapshots.Snapshot> FindAsync(string id, string field, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(id, out var guid))
        {
            throw InvalidArgument.ForField(field, $"'{id}' is not a snapshot id; list them with ListSnapshots (hemit projects snapshots list)");
        }

        return await snapshots.GetAsync(guid, cancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No snapshot {id}; list them with ListSnapshots (hemit projects snapshots list)"));
    }
}
