using Hemit.Security;
using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.ServiceDesk.Availability;
using Hemit.ServiceDesk.Data;
using Hemit.ServiceDesk.Extensions;
using Hemit.ServiceDesk.Importing;
using Hemit.ServiceDesk.Releases;
using Hemit.ServiceDesk.Reporting;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Reporting;

namespace Hemit.ServiceDesk.Grpc;

/// <summary>The service desk's API: thin translation to the importers and queries.</summary>
public sealed class ServiceDeskGrpcService(
    PeriodCloser<ServiceDeskDbContext> periodCloser,
    ServiceDeskDbContext db,
    TicketEventImporter ticketEvents,
    ReportCache reports,
    ReleaseQuery releases,
    AvailabilityImporter availabilityImporter,
    AvailabilityQuery availability) : ServiceDeskService.ServiceDeskServiceBase
{
    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(ServiceDeskServiceExtensions.ServiceName, request, context.CancellationToken);

    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<ReopenPeriodResponse> ReopenPeriod(ReopenPeriodRequest request, ServerCallContext context) =>
        periodCloser.ReopenAsync(ServiceDeskServiceExtensions.ServiceName, request, context.CancellationToken);

    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<ImportSummary> ImportTicketEvents(IAsyncStreamReader<TicketEvent> requestStream, ServerCallContext context) =>
        ticketEvents.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<ImportSummary> ImportTicketEventBatches(IAsyncStreamReader<TicketEventBatch> requestStream, ServerCallContext context) =>
        ticketEvents.ImportAsync(requestStream.Records(batch => batch.Events, context), context.CancellationToken);

    [RequiresScope(Scopes.ServiceDeskRead)]
    public override async Task<GetMonthReportResponse> GetMonthReport(GetMonthReportRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        // Replaying a month's tickets is the heaviest read of the platform; the same month read again is given from memory until a ticket changes.
        return await reports.GetOrComputeAsync<ServiceDeskDbContext, GetMonthReportResponse>($"month-report/{period.ToText()}", async (services, ct) =>
            (await services.GetRequiredService<MonthReportQuery>().GetAsync(period.Year, period.Month, ct)).ToResponse(), context.CancellationToken);
    }

    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<ImportSummary> ImportCalls(IAsyncStreamReader<CallInterval> requestStream, ServerCallContext context) =>
        ImportTransaction.UpsertAllAsync(db, requestStream, CallIntervalRowValidator.Batch, context.CancellationToken,
            c => (OsloMonth.Of(c.IntervalStart).Year, OsloMonth.Of(c.IntervalStart).Month, "interval_start"));

    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<ImportSummary> ImportReleases(IAsyncStreamReader<Release> requestStream, ServerCallContext context) =>
        ImportTransaction.UpsertAllAsync(db, requestStream, ReleaseRowValidator.Batch, context.CancellationToken, ReleaseRowValidator.MonthOf);

    [RequiresScope(Scopes.ServiceDeskRead)]
    public override async Task<GetReleasesResponse> GetReleases(GetReleasesRequest request, ServerCallContext context)
    {
        var year = InvalidArgument.RequireYear(request.Year);
        var through = request.Through is null ? 12
            : InvalidArgument.RequirePeriod(request.Through, "through").Year == year ? request.Through.Month
            : throw InvalidArgument.ForField("through", $"{request.Through.ToText()} is not in {year}; count through a month of the year asked for");
        var figures = await releases.GetAsync(year, through, context.CancellationToken);
        return figures.ToResponse();
    }

    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<ImportSummary> ImportServiceLevels(IAsyncStreamReader<ServiceLevel> requestStream, ServerCallContext context) =>
        availabilityImporter.ImportServiceLevelsAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.ServiceDeskWrite)]
    public override Task<ImportSummary> ImportDowntime(IAsyncStreamReader<Downtime> requestStream, ServerCallContext context) =>
        availabilityImporter.ImportDowntimeAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.ServiceDeskRead)]
    public override async Task<GetAvailabilityResponse> GetAvailability(GetAvailabilityRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var figures = await availability.GetAsync(period.Year, period.Month, context.CancellationToken);
        return figures.ToResponse();
    }
}
