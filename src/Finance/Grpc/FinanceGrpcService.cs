using Grpc.Core;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Extensions;

namespace Hemit.Finance.Grpc;

public sealed class FinanceGrpcService(PeriodCloser<FinanceDbContext> periodCloser) : FinanceService.FinanceServiceBase
{
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(FinanceServiceExtensions.ServiceName, request, context.CancellationToken);
}
