using Hemit.Security;
using Grpc.Core;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.BuildingBlocks.Reporting;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Extensions;
using Hemit.HrMetrics.Indicators;
using Hemit.HrMetrics.SickLeave;
using Hemit.HrMetrics.Staffing;
using Hemit.HrMetrics.WorkingTime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hemit.HrMetrics.Grpc;

/// <summary>The service's gRPC face: ingest streams go to their importers, queries load a few years, build the report and map it to the wire (Grpc/*Mapping.cs).</summary>
public sealed class HrMetricsGrpcService(
    PeriodCloser<HrMetricsDbContext> periodCloser,
    HrMetricsDbContext db,
    SickLeaveImporter sickLeaveImporter,
    WorkingTimeViolationImporter violationImporter,
    StaffingImporter staffingImporter,
    ReportCache reports,
    IOptions<HrTargetOptions> targetOptions) : HrMetricsService.HrMetricsServiceBase
{
    private HrTargetOptions Targets => targetOptions.Value;

    [RequiresScope(Scopes.HrWrite)]
    public override Task<ClosePeriodResponse> ClosePeriod(ClosePeriodRequest request, ServerCallContext context) =>
        periodCloser.CloseAsync(HrMetricsServiceExtensions.ServiceName, request, context.CancellationToken);

    [RequiresScope(Scopes.HrWrite)]
    public override Task<ReopenPeriodResponse> ReopenPeriod(ReopenPeriodRequest request, ServerCallContext context) =>
        periodCloser.ReopenAsync(HrMetricsServiceExtensions.ServiceName, request, context.CancellationToken);

    [RequiresScope(Scopes.HrWrite)]
    public override Task<ImportSummary> ImportSickLeave(IAsyncStreamReader<SickLeaveRecord> requestStream, ServerCallContext context) =>
        sickLeaveImporter.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.HrWrite)]
    public override Task<ImportSummary> ImportWorkingTimeViolations(
        IAsyncStreamReader<WorkingTimeViolationRecord> requestStream, ServerCallContext context) =>
        violationImporter.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.HrWrite)]
    public override Task<ImportSummary> ImportStaffing(IAsyncStreamReader<StaffingRecord> requestStream, ServerCallContext context) =>
        staffingImporter.ImportAsync(requestStream, context.CancellationToken);

    [RequiresScope(Scopes.HrRead)]
    public override async Task<GetSickLeaveResponse> GetSickLeave(GetSickLeaveRequest request, ServerCallContext context)
    {
        var year = QueryArguments.Year(request.Year);
        var unit = QueryArguments.Unit(request.Unit);
        var baselineYear = QueryArguments.BaselineYear(request.BaselineYear, year);
        var through = QueryArguments.ThroughMonth(request.ThroughMonth);
        var years = new[] { year, year - 1, baselineYear };
        var targets = Targets;
        // Read each month by the board, management and governance alike; given from memory until an HR row changes.
        // The unit goes last in the key: the numbers before it have fixed places, so no unit's name can pass for another key.
        return await reports.GetOrComputeAsync<HrMetricsDbContext, GetSickLeaveResponse>($"sick-leave/{year}/{baselineYear}/{through}/{unit}", async (services, ct) =>
        {
            var entries = await services.GetRequiredService<HrMetricsDbContext>().SickLeave.AsNoTracking()
                .Where(e => years.Contains(e.Year) && (unit == "" || e.Unit == unit))
                .Where(e => through == 0 || e.Year != year || e.Month <= through)
                .ToListAsync(ct);
            return SickLeaveReport.Build(entries, year, unit, baselineYear, targets).ToResponse();
        }, context.CancellationToken);
    }

    [RequiresScope(Scopes.HrRead)]
    public override async Task<GetWorkingTimeViolationsResponse> GetWorkingTimeViolations(
        GetWorkingTimeViolationsRequest request, ServerCallContext context)
    {
        var year = QueryArguments.Year(request.Year);
        var unit = QueryArguments.Unit(request.Unit);
        var baselineYear = QueryArguments.BaselineYear(request.BaselineYear, year);
        var reduction = QueryArguments.ReductionPercent(request.RequiredReductionPercent, Targets.WorkingTimeViolationReductionPercent);
        var through = QueryArguments.ThroughMonth(request.ThroughMonth);
        var entries = await db.WorkingTimeViolations.AsNoTracking()
            .Where(e => (e.Year == year || e.Year == baselineYear) && (unit == "" || e.Unit == unit))
            .Where(e => through == 0 || e.Year != year || e.Month <= through)
            .ToListAsync(context.CancellationToken);
        return WorkingTimeViolationReport.Build(entries, year, unit, baselineYear, reduction).ToResponse();
    }

    [RequiresScope(Scopes.HrRead)]
    public override async Task<GetStaffingResponse> GetStaffing(GetStaffingRequest request, ServerCallContext context)
    {
        var year = QueryArguments.Year(request.Year);
        var entries = await db.Staffing.AsNoTracking().Where(e => e.Year == year).ToListAsync(context.CancellationToken);
        return StaffingReport.Build(entries, year).ToResponse();
    }

    [RequiresScope(Scopes.HrRead)]
    public override async Task<GetTurnoverResponse> GetTurnover(GetTurnoverRequest request, ServerCallContext context)
    {
        var year = QueryArguments.Year(request.Year);
        if (request.PlannedPermanentHeadcount < 0)
        {
            throw InvalidArgument.ForField("planned_permanent_headcount", "cannot be negative; give 0 to keep today's headcount");
        }

        var entries = await db.Staffing.AsNoTracking()
            .Where(e => e.Year == year && e.Category == Staffing.StaffingCategory.Permanent)
            .ToListAsync(context.CancellationToken);
        return TurnoverReport.Build(entries, year, request.PlannedPermanentHeadcount).ToResponse();
    }

    [RequiresScope(Scopes.HrRead)]
    public override async Task<GetIndicatorsResponse> GetIndicators(GetIndicatorsRequest request, ServerCallContext context)
    {
        var year = QueryArguments.Year(request.Year);
        var baselineYear = QueryArguments.BaselineYear(request.BaselineYear, year);
        var sickLeave = await db.SickLeave.AsNoTracking()
            .Where(e => e.Year == year || e.Year == baselineYear).ToListAsync(context.CancellationToken);
        var violations = await db.WorkingTimeViolations.AsNoTracking()
            .Where(e => e.Year == year || e.Year == baselineYear).ToListAsync(context.CancellationToken);
        return IndicatorReport.Build(sickLeave, violations, year, baselineYear, Targets).ToResponse();
    }
}
