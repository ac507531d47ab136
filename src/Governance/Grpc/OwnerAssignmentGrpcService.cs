using Hemit.Security;
using Grpc.Core;
using Hemit.Contracts.Governance.V1;
using Hemit.Governance.Assignments;
using Hemit.Governance.Calendar;
using Hemit.Governance.Indicators;
using Hemit.Governance.Refusals;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Grpc;

/// <summary>Eieroppdrag and the owner's indicators over gRPC.</summary>
public sealed class OwnerAssignmentGrpcService(OwnerAssignments assignments, OwnerIndicators indicators, TimeProvider time)
    : OwnerAssignmentService.OwnerAssignmentServiceBase
{
    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<SaveAssignmentsResponse> SaveAssignments(SaveAssignmentsRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var read = request.Assignments.Select((a, i) => new Assignments.OwnerAssignment
        {
            Code = a.Code.Trim(),
            Title = a.Title.Trim(),
            Text = a.Text.Trim(),
            GoalArea = a.GoalArea.Trim(),
            Deadline = RequestFields.OptionalDate(a.Deadline, $"assignments[{i}].deadline", problems),
            Role = RequestFields.Enum<Assignments.HemitRole>((int)a.Role, $"assignments[{i}].role", problems),
            ReportedPerTertial = a.ReportedPerTertial,
            ReportedInAnnualReport = a.ReportedInAnnualReport,
        }).ToList();
        problems.Require(read.Count > 0, "assignments", "no assignments given");
        var (created, updated) = await assignments.SaveAsync(read, problems, context.CancellationToken);
        return new SaveAssignmentsResponse { Created = created, Updated = updated };
    }

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<Wire.OwnerAssignment> ReportAssignmentStatus(ReportAssignmentStatusRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var tertial = RequestFields.Tertial(request.Tertial, "tertial", problems);
        var status = RequestFields.Enum<Assignments.AssignmentStatus>((int)request.Status, "status", problems);
        var risk = RequestFields.Enum<Assignments.GoalRisk>((int)request.Risk, "risk", problems);
        problems.Require(AssignmentCode.Year(request.Code.Trim()) is not null, "code", $"«{request.Code}» does not follow the owner's pattern {AssignmentCode.Pattern}");
        problems.ThrowIfAny();
        var assignment = await assignments.ReportStatusAsync(request.Code.Trim(), tertial, status, risk, request.Comment, context.CancellationToken);
        return ToWire(assignment, BoardCalendar.Today(time));
    }

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<ListAssignmentsResponse> ListAssignments(ListAssignmentsRequest request, ServerCallContext context)
    {
        var year = request.Year == 0 ? 0 : Hemit.BuildingBlocks.Grpc.InvalidArgument.RequireYear(request.Year);
        var today = BoardCalendar.Today(time);
        var response = new ListAssignmentsResponse();
        response.Assignments.AddRange((await assignments.ListAsync(year, context.CancellationToken)).Select(a => ToWire(a, today)));
        return response;
    }

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<GetOwnerIndicatorsResponse> GetIndicators(GetOwnerIndicatorsRequest request, ServerCallContext context)
    {
        var year = Hemit.BuildingBlocks.Grpc.InvalidArgument.RequireYear(request.Year);
        var response = new GetOwnerIndicatorsResponse();
        response.Indicators.AddRange((await indicators.ForYearAsync(year, context.CancellationToken)).Select(i => new OwnerIndicator
        {
            Code = i.Code,
            Name = i.Name,
            Source = OwnerIndicators.Source,
            Year = i.Year,
            ThroughMonth = i.ThroughMonth,
            BaselineYear = i.BaselineYear,
            BaselineValue = i.BaselineValue,
            Value = i.Value,
            TargetValue = i.TargetValue,
            RequiredChangePercent = i.RequiredChangePercent,
            ChangePercent = i.ChangePercent,
            OnTrack = i.OnTrack,
            HasFigures = i.HasFigures,
        }));
        return response;
    }

    private static Wire.OwnerAssignment ToWire(Assignments.OwnerAssignment assignment, DateOnly today)
    {
        var wire = new Wire.OwnerAssignment
        {
            Code = assignment.Code,
            Title = assignment.Title,
            Text = assignment.Text,
            GoalArea = assignment.GoalArea,
            Deadline = BoardCalendar.IsoText(assignment.Deadline),
            Role = (Wire.HemitRole)(int)assignment.Role,
            ReportedPerTertial = assignment.ReportedPerTertial,
            ReportedInAnnualReport = assignment.ReportedInAnnualReport,
            Status = (Wire.AssignmentStatus)(int)assignment.Status,
            Risk = (Wire.GoalRisk)(int)(assignment.Latest?.Risk ?? 0),
            Overdue = assignment.IsOverdue(today),
        };
        wire.Comments.AddRange(assignment.Reports.OrderBy(r => r.Year).ThenBy(r => r.Tertial).Select(r => new TertialComment
        {
            Tertial = new Tertial(r.Year, r.Tertial).ToString(),
            Status = (Wire.AssignmentStatus)(int)r.Status,
            Risk = (Wire.GoalRisk)(int)r.Risk,
            Comment = r.Comment,
        }));
        return wire;
    }
}
