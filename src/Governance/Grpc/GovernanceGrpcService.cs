using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.Contracts.Governance.V1;
using Hemit.Governance.Data;
using Hemit.Governance.Reporting;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Grpc;

public sealed class GovernanceGrpcService(GovernanceDbContext db) : GovernanceService.GovernanceServiceBase
{
    public override async Task<GetReportReadinessResponse> GetReportReadiness(GetReportReadinessRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var closings = await db.SourceClosings.AsNoTracking()
            .Where(c => c.Year == period.Year && c.Month == period.Month)
            .ToListAsync(context.CancellationToken);
        var reopenings = await db.SourceReopenings.AsNoTracking()
            .Where(r => r.Year == period.Year && r.Month == period.Month)
            .ToListAsync(context.CancellationToken);

        var response = new GetReportReadinessResponse { Period = period };
        foreach (var source in ReportSources.All)
        {
            var state = SourceMonthState.Of(closings.Where(c => c.Source == source), reopenings.Where(r => r.Source == source));
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
