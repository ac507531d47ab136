using Grpc.Core;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Extensions;

namespace Hemit.ServiceDesk.Grpc;

public sealed class ServiceDeskGrpcService(PeriodCloser<ServiceDeskDbContext> periodCloser) : ServiceDeskService.ServiceDeskServiceBase
{
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(ServiceDeskServiceExtensions.ServiceName, request, context.CancellationToken);

    public override Task<ReopenPeriodResponse> ReopenPeriod(ReopenPeriodRequest request, ServerCallContext context) =>
        periodCloser.ReopenAsync(ServiceDeskServiceExtensions.ServiceName, request, context.CancellationToken);
}
