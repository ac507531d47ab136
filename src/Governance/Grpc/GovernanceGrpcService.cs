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
        var closings = await db.SourceClosings
            .Where(c => c.Year == period.Year && c.Month == period.Month)
            .GroupBy(c => c.Source)
            .Select(g => new { Source = g.Key, ClosedAt = g.Min(c => c.ClosedAt) })
            .ToDictionaryAsync(c => c.Source, c => c.ClosedAt, context.CancellationToken);

        var response = new GetReportReadinessResponse { Period = period };
        foreach (var source in ReportSources.All)
        {
            var closed = closings.TryGetValue(source, out var closedAt);
            response.Sources.Add(new SourceReadiness
            {
                Source = source,
                Closed = closed,
                ClosedAt = closed ? Timestamp.FromDateTimeOffset(closedAt) : null,
            });
        }

        response.Ready = response.Sources.All(s => s.Closed);
        return response;
    }
}
