using Hemit.Governance.Calendar;
using Hemit.Governance.Data;
using Hemit.Governance.Refusals;
using Microsoft.EntityFrameworkCore;

namespace Hemit.Governance.Audits;

/// <summary>Tilsyn og revisjoner: kept as the secretary records them; a tertial's overview is those active in it.</summary>
public sealed class AuditRegistry(GovernanceDbContext db)
{
    public async Task<Audit> SaveAsync(Guid? id, Audit values, CancellationToken cancellationToken)
    {
        var problems = new Problems();
        problems.Require(values.Authority.Length > 0, "audit.authority", "an audit needs its authority (e.g. Arbeidstilsynet)");
        problems.Require(values.Subject.Length > 0, "audit.subject", "an audit needs a subject");
        problems.Require(values.Findings >= 0, "audit.findings", "findings cannot be negative");
        problems.Require(values.OpenFindings >= 0 && values.OpenFindings <= values.Findings, "audit.open_findings",
            $"open findings are 0-{values.Findings} (the findings)");
        problems.Require(values.State != AuditState.Closed || values.ClosedOn is not null, "audit.closed_on", "a closed audit needs the date it closed");
        problems.Require(values.ClosedOn is null || values.ClosedOn >= values.NotifiedOn, "audit.closed_on", "an audit cannot close before it was notified");
        problems.ThrowIfAny();

        var audit = id is { } existing
            ? await db.Audits.FirstOrDefaultAsync(a => a.Id == existing, cancellationToken) ?? throw new NotFoundException($"audits/{existing}")
            : db.Audits.Add(new Audit()).Entity;
        audit.Authority = values.Authority;
        audit.Subject = values.Subject;
        audit.State = values.State;
        audit.NotifiedOn = values.NotifiedOn;
        audit.ClosedOn = values.ClosedOn;
        audit.Findings = values.Findings;
        audit.OpenFindings = values.OpenFindings;
        audit.Deadline = values.Deadline;
        audit.Comment = values.Comment;
        await db.SaveChangesAsync(cancellationToken);
        return audit;
    }

    public async Task<List<Audit>> InTertialAsync(Tertial tertial, CancellationToken cancellationToken) =>
        (await db.Audits.AsNoTracking().Where(a => a.NotifiedOn <= tertial.End).OrderBy(a => a.NotifiedOn).ToListAsync(cancellationToken))
        .Where(a => a.ActiveIn(tertial)).ToList();
}
