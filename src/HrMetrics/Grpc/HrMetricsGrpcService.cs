using Grpc.Core;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Extensions;

namespace Hemit.HrMetrics.Grpc;

public sealed class HrMetricsGrpcService(PeriodCloser<HrMetricsDbContext> periodCloser) : HrMetricsService.HrMetricsServiceBase
{
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(HrMetricsServiceExtensions.ServiceName, request, context.CancellationToken);
}
