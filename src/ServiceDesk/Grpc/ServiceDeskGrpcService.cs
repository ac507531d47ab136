using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Extensions;
using Hemit.ServiceDesk.Importing;
using Hemit.ServiceDesk.Reporting;

namespace Hemit.ServiceDesk.Grpc;

/// <summary>The service desk's API: thin translation to the importers and queries.</summary>
public sealed class ServiceDeskGrpcService(
    PeriodCloser<ServiceDeskDbContext> periodCloser,
    TicketEventImporter ticketEvents,
    MonthReportQuery monthReport) : ServiceDeskService.ServiceDeskServiceBase
{
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(ServiceDeskServiceExtensions.ServiceName, request, context.CancellationToken);

    public override Task<ReopenPeriodResponse> ReopenPeriod(ReopenPeriodRequest request, ServerCallContext context) =>
        periodCloser.ReopenAsync(ServiceDeskServiceExtensions.ServiceName, request, context.CancellationToken);

    public override Task<ImportSummary> ImportTicketEvents(IAsyncStreamReader<TicketEvent> requestStream, ServerCallContext context) =>
        ticketEvents.ImportAsync(requestStream, context.CancellationToken);

    public override async Task<GetMonthReportResponse> GetMonthReport(GetMonthReportRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var figures = await monthReport.GetAsync(period.Year, period.Month, context.CancellationToken);
        return figures.ToResponse();
    }
}
