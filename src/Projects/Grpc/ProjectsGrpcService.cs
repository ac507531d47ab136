using Grpc.Core;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Projects.Data;
using Hemit.Projects.Extensions;

namespace Hemit.Projects.Grpc;

public sealed class ProjectsGrpcService(PeriodCloser<ProjectsDbContext> periodCloser) : ProjectsService.ProjectsServiceBase
{
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(ProjectsServiceExtensions.ServiceName, request, context.CancellationToken);

    public override Task<ReopenPeriodResponse> ReopenPeriod(ReopenPeriodRequest request, ServerCallContext context) =>
        periodCloser.ReopenAsync(ProjectsServiceExtensions.ServiceName, request, context.CancellationToken);
}
