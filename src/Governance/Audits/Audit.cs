using Hemit.Governance.Calendar;

namespace Hemit.Governance.Audits;

/// <summary>Varslet, pågående, avsluttet.</summary>
public enum AuditState
{
    Notified = 1,
    Ongoing = 2,
    Closed = 3,
}

/// <summary>An external audit or supervision (tilsyn eller revisjon), e.g. Arbeidstilsynet or Riksrevisjonen.</summary>
public sealed class Audit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Authority { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public AuditState State { get; set; }

    public DateOnly NotifiedOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public int Findings { get; set; }

    public int OpenFindings { get; set; }

    /// <summary>Frist for lukking av funn.</summary>
    public DateOnly? Deadline { get; set; }

    public string Comment { get; set; } = string.Empty;

    /// <summary>Belongs in a tertial's overview when it was notified by the tertial's end and not closed before it began.</summary>
    public bool ActiveIn(Tertial tertial) => NotifiedOn <= tertial.End && (ClosedOn is null || ClosedOn >= tertial.Start);

    public bool IsOverdue(DateOnly today) => Deadline is { } deadline && deadline < today && OpenFindings > 0 && State != AuditState.Closed;
}
