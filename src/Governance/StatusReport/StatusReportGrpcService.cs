using Hemit.Security;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Hemit.BuildingBlocks.Data;
using Hemit.BuildingBlocks.Grpc;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Events.Governance;
using Hemit.Governance.Data;
using Hemit.Governance.Grpc;
using Hemit.Governance.Refusals;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

public sealed class StatusReportGrpcService(GovernanceDbContext db, StatusReportCompiler compiler, TertialReportCompiler tertials, IOutbox outbox, TimeProvider time)
    : Wire.StatusReportService.StatusReportServiceBase
{
    private const int RoleMaxLength = 128;

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<Wire.GetStatusReportResponse> GetStatusReport(Wire.GetStatusReportRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var response = new Wire.GetStatusReportResponse { Current = await compiler.CompileAsync(period, context.CancellationToken) };
        var latest = await db.Set<ApprovedStatusReport>().AsNoTracking()
            .Where(a => a.Year == period.Year && a.Month == period.Month)
            .OrderByDescending(a => a.Version).FirstOrDefaultAsync(context.CancellationToken);
        if (latest is not null)
        {
            response.Approved = Wire.StatusReport.Parser.ParseFrom(latest.Snapshot);
            response.Differences.AddRange(StatusReportDifferences.Between(response.Approved, response.Current));
        }

        return response;
    }

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<Wire.TertialReport> GetTertialReport(Wire.GetTertialReportRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var tertial = RequestFields.Tertial(request.Tertial, "tertial", problems);
        problems.ThrowIfAny();
        return await tertials.CompileAsync(tertial, context.CancellationToken);
    }

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<Wire.SetStatusReportAssessmentResponse> SetStatusReportAssessment(Wire.SetStatusReportAssessmentRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        if (!StatusReportSections.Exists(request.Section))
        {
            throw InvalidArgument.ForField("section", $"'{request.Section}' is no section of the report; give 1 to 6");
        }

        if (request.Text.Length > StatusReportSections.AssessmentMaxLength)
        {
            throw InvalidArgument.ForField("text", $"{request.Text.Length} characters; an assessment holds at most {StatusReportSections.AssessmentMaxLength}");
        }

        var writtenBy = RequireRole(request.WrittenBy, "written_by");
        var now = time.GetUtcNow();
        var stored = await db.Set<StatusReportAssessment>()
            .SingleOrDefaultAsync(a => a.Year == period.Year && a.Month == period.Month && a.Section == request.Section, context.CancellationToken);
        if (request.Text.Trim().Length == 0)
        {
            if (stored is not null)
            {
                db.Remove(stored);
            }
        }
        else if (stored is null)
        {
            db.Add(new StatusReportAssessment
            {
                Year = period.Year, Month = period.Month, Section = request.Section, Text = request.Text, WrittenBy = writtenBy, UpdatedAt = now,
            });
        }
        else
        {
            (stored.Text, stored.WrittenBy, stored.UpdatedAt) = (request.Text, writtenBy, now);
        }

        await db.SaveChangesAsync(context.CancellationToken);
        return new Wire.SetStatusReportAssessmentResponse { Period = period, Section = request.Section, UpdatedAt = Timestamp.FromDateTimeOffset(now) };
    }

    [RequiresScope(Scopes.GovernanceApprove)]
    public override async Task<Wire.ApproveStatusReportResponse> ApproveStatusReport(Wire.ApproveStatusReportRequest request, ServerCallContext context)
    {
        var period = InvalidArgument.RequirePeriod(request.Period);
        var approvedBy = RequireRole(request.ApprovedBy, "approved_by");
        var report = await compiler.CompileAsync(period, context.CancellationToken);
        if (report.State != Wire.StatusReportState.Final)
        {
            throw Draft(report);
        }

        // Versions are numbered under the month's approval lock: two approvals arriving at two replicas at once become
        // versions n and n+1, each stored and announced once, as if one had come after the other.
        await LockedTransaction.RunAsync(db, LockSpace.ReportApproval, [period.Year * 100 + period.Month], async ct =>
        {
            var previous = await db.Set<ApprovedStatusReport>()
                .Where(a => a.Year == period.Year && a.Month == period.Month)
                .MaxAsync(a => (int?)a.Version, ct) ?? 0;
            var now = time.GetUtcNow();
            report.State = Wire.StatusReportState.Approved;
            report.Version = previous + 1;
            report.ApprovedBy = approvedBy;
            report.CompiledAt = Timestamp.FromDateTimeOffset(now);
            db.Add(new ApprovedStatusReport
            {
                Year = period.Year, Month = period.Month, Version = report.Version, ApprovedAt = now, ApprovedBy = approvedBy, Snapshot = report.ToByteArray(),
            });
            // In the same transaction: the board-meeting side hears of every approval that was stored, and of no other.
            outbox.Add(new StatusReportApproved(period.Year, period.Month, report.Version, report.Title, approvedBy));
            return report;
        }, context.CancellationToken);
        return new Wire.ApproveStatusReportResponse { Approved = report };
    }

    private static string RequireRole(string role, string field) =>
        role.Trim() switch
        {
            { Length: 0 } => throw InvalidArgument.ForField(field, "required: the role that acts, e.g. Styret or Administrerende direktør"),
            { Length: > RoleMaxLength } => throw InvalidArgument.ForField(field, $"at most {RoleMaxLength} characters"),
            var trimmed => trimmed,
        };

    /// <summary>A draft cannot be approved: FAILED_PRECONDITION naming each source that has not closed the month or did not answer.</summary>
    private static RpcException Draft(Wire.StatusReport report)
    {
        var failure = new PreconditionFailure();
        failure.Violations.AddRange(report.Sources.Where(s => !s.Closed || s.Problem.Length > 0)
            .Select(s => new PreconditionFailure.Types.Violation
            {
                Type = s.Closed ? "SOURCE_DID_NOT_ANSWER" : "SOURCE_NOT_CLOSED",
                Subject = $"sources/{s.Source}",
                Description = s.Closed ? $"{s.Source} {s.Problem}" : $"{s.Source} has not closed {report.Period.ToText()}",
            }));
        return new Google.Rpc.Status
        {
            Code = (int)Code.FailedPrecondition,
            Message = $"The status report for {report.Period.ToText()} is a draft and cannot be approved: " +
                      string.Join("; ", failure.Violations.Select(v => v.Description)),
            Details = { Any.Pack(failure) },
        }.ToRpcException();
    }
}
