using Hemit.Security;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.Contracts.Governance.V1;
using Hemit.Governance.Data;
using Hemit.Governance.Reporting;

namespace Hemit.Governance.Grpc;

public sealed class GovernanceGrpcService(GovernanceDbContext db) : GovernanceService.GovernanceServiceBase
{
    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<GetReportReadinessResponse> GetReportReadiness(GetReportReadinessRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var response = new GetReportReadinessResponse { Period = period };
        foreach (var (source, state) in await MonthReadiness.LoadAsync(db, period, context.CancellationToken))
        {
            response.Sources.Add(new SourceReadiness
            {
                Source = source,
                Closed = state.Closed,
                ClosedAt = state.ClosedAt is { } closedAt ? Timestamp.FromDateTimeOffset(closedAt) : null,
                ReopenedAt = state.LatestReopening is { } reopening ? Timestamp.FromDateTimeOffset(reopening.ReopenedAt) : null,
                ReopenReason = state.LatestReopening?.Reason ?? string.Empty,
            });
        }

        response.Ready = response.Sources.All(s => s.Closed);
        return response;
    }
}
