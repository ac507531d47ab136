using Hemit.Security;
using Grpc.Core;
using Hemit.Contracts.Governance.V1;
using Hemit.Governance.Audits;
using Hemit.Governance.Calendar;
using Hemit.Governance.ReportingCalendar;
using Hemit.Governance.Refusals;
using Hemit.Governance.Risks;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.Grpc;

/// <summary>Topp ti risiko, tilsyn og revisjoner, and the owner's reporting calendar over gRPC.</summary>
public sealed class RiskAndAuditGrpcService(RiskRegistry risks, AuditRegistry audits, OwnerReporting reporting, TimeProvider time)
    : RiskAndAuditService.RiskAndAuditServiceBase
{
    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<Wire.Risk> SaveRisk(SaveRiskRequest request, ServerCallContext context)
    {
        var risk = await risks.SaveAsync(request.Code, request.Title, request.Owner, request.Measures, context.CancellationToken);
        return new Wire.Risk { Code = risk.Code, Title = risk.Title, Owner = risk.Owner, Measures = risk.Measures };
    }

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<Wire.Risk> AssessRisk(AssessRiskRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var tertial = RequestFields.Tertial(request.Tertial, "tertial", problems);
        problems.ThrowIfAny();
        await risks.AssessAsync(request.Code, tertial, request.Probability, request.Consequence, context.CancellationToken);
        var register = await risks.RegisterAsync(tertial, context.CancellationToken);
        var ranked = register.TopTen.FirstOrDefault(r => r.Risk.Code == request.Code.Trim());
        return ranked is null
            ? new Wire.Risk { Code = request.Code.Trim(), Tertial = tertial.ToString(), Probability = request.Probability, Consequence = request.Consequence,
                Score = RiskScore.Of(request.Probability, request.Consequence) }
            : ranked.ToWire();
    }

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<GetRiskRegisterResponse> GetRiskRegister(GetRiskRegisterRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var tertial = RequestFields.Tertial(request.Tertial, "tertial", problems);
        problems.ThrowIfAny();
        var register = await risks.RegisterAsync(tertial, context.CancellationToken);
        var response = new GetRiskRegisterResponse { Tertial = tertial.ToString(), PreviousTertial = tertial.Previous.ToString() };
        response.TopRisks.AddRange(register.TopTen.Select(r => r.ToWire()));
        response.Matrix.AddRange(register.Matrix());
        return response;
    }

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<Wire.Audit> SaveAudit(SaveAuditRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var wire = request.Audit ?? new Wire.Audit();
        Guid? id = null;
        if (wire.Id.Length > 0)
        {
            problems.Require(Guid.TryParse(wire.Id, out var parsed), "audit.id", $"«{wire.Id}» is not an audit id");
            id = parsed;
        }

        var values = new Audits.Audit
        {
            Authority = wire.Authority.Trim(),
            Subject = wire.Subject.Trim(),
            State = RequestFields.Enum<Audits.AuditState>((int)wire.State, "audit.state", problems),
            NotifiedOn = RequestFields.Date(wire.NotifiedOn, "audit.notified_on", problems),
            ClosedOn = RequestFields.OptionalDate(wire.ClosedOn, "audit.closed_on", problems),
            Findings = wire.Findings,
            OpenFindings = wire.OpenFindings,
            Deadline = RequestFields.OptionalDate(wire.Deadline, "audit.deadline", problems),
            Comment = wire.Comment.Trim(),
        };
        problems.ThrowIfAny();
        return ToWire(await audits.SaveAsync(id, values, context.CancellationToken), BoardCalendar.Today(time));
    }

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<ListAuditsResponse> ListAudits(ListAuditsRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var tertial = RequestFields.Tertial(request.Tertial, "tertial", problems);
        problems.ThrowIfAny();
        var today = BoardCalendar.Today(time);
        var found = await audits.InTertialAsync(tertial, context.CancellationToken);
        var response = new ListAuditsResponse
        {
            Tertial = tertial.ToString(),
            Notified = found.Count(a => a.State == Audits.AuditState.Notified),
            Ongoing = found.Count(a => a.State == Audits.AuditState.Ongoing),
            Closed = found.Count(a => a.State == Audits.AuditState.Closed),
        };
        response.Audits.AddRange(found.Select(a => ToWire(a, today)));
        return response;
    }

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<ReportingCalendarEntry> SetReportingDeadline(SetReportingDeadlineRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var kind = RequestFields.Enum<ReportingCalendar.ReportKind>((int)request.Kind, "kind", problems);
        var due = RequestFields.Date(request.Due, "due", problems);
        problems.ThrowIfAny();
        return ToWire(await reporting.SetDeadlineAsync(kind, request.Covers.Trim(), due, BoardCalendar.Today(time), context.CancellationToken));
    }

    [RequiresScope(Scopes.GovernanceWrite)]
    public override async Task<ReportingCalendarEntry> MarkReportSubmitted(MarkReportSubmittedRequest request, ServerCallContext context)
    {
        var problems = new Problems();
        var kind = RequestFields.Enum<ReportingCalendar.ReportKind>((int)request.Kind, "kind", problems);
        var sent = RequestFields.Date(request.SubmittedOn, "submitted_on", problems);
        problems.ThrowIfAny();
        return ToWire(await reporting.MarkSubmittedAsync(kind, request.Covers.Trim(), sent, BoardCalendar.Today(time), context.CancellationToken));
    }

    [RequiresScope(Scopes.GovernanceRead)]
    public override async Task<GetReportingCalendarResponse> GetReportingCalendar(GetReportingCalendarRequest request, ServerCallContext context)
    {
        var year = Hemit.BuildingBlocks.Grpc.InvalidArgument.RequireYear(request.Year);
        var problems = new Problems();
        var asOf = RequestFields.OptionalDate(request.AsOf, "as_of", problems) ?? BoardCalendar.Today(time);
        problems.ThrowIfAny();
        var entries = await reporting.CalendarAsync(year, asOf, context.CancellationToken);
        var response = new GetReportingCalendarResponse
        {
            Year = year,
            AsOf = BoardCalendar.IsoText(asOf),
            Late = entries.Count(e => e.State == ReportingCalendar.DeadlineState.Late),
        };
        response.Entries.AddRange(entries.Select(ToWire));
        if (OwnerReportingRules.NextDue(entries) is { } next)
        {
            response.NextDue = ToWire(next);
        }

        return response;
    }

    private static Wire.Audit ToWire(Audits.Audit audit, DateOnly today) => new()
    {
        Id = audit.Id.ToString(),
        Authority = audit.Authority,
        Subject = audit.Subject,
        State = (Wire.AuditState)(int)audit.State,
        NotifiedOn = BoardCalendar.IsoText(audit.NotifiedOn),
        ClosedOn = BoardCalendar.IsoText(audit.ClosedOn),
        Findings = audit.Findings,
        OpenFindings = audit.OpenFindings,
        Deadline = BoardCalendar.IsoText(audit.Deadline),
        Comment = audit.Comment,
        Overdue = audit.IsOverdue(today),
    };

    private static ReportingCalendarEntry ToWire(CalendarEntry entry)
    {
        var wire = new ReportingCalendarEntry
        {
            Kind = (Wire.ReportKind)(int)entry.Report.Kind,
            Covers = entry.Report.Covers,
            Label = entry.Report.Label,
            Due = BoardCalendar.IsoText(entry.Report.Due),
            SubmittedOn = BoardCalendar.IsoText(entry.SubmittedOn),
            State = (Wire.DeadlineState)(int)entry.State,
            DaysLate = entry.DaysLate,
        };
        if (entry.Report.Kind == ReportingCalendar.ReportKind.Tertial)
        {
            wire.Contents.AddRange(OwnerReport.TertialContents);
        }

        return wire;
    }
}
