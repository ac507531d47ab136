namespace Hemit.Governance.ReportingCalendar;

public enum ReportKind
{
    /// <summary>Månedlig statusrapport; June and July go in one.</summary>
    Monthly = 1,

    /// <summary>Tertialvis statusrapport.</summary>
    Tertial = 2,

    /// <summary>Årlig melding, administrative submission.</summary>
    AnnualAdministrative = 3,

    /// <summary>Årlig melding, board-approved.</summary>
    AnnualBoardApproved = 4,
}

/// <summary>
/// One report the owner requires (oppdrag og bestilling, vedlegg 1): its kind, what it covers ("2025-03",
/// "2025-06..07", "2025-T1", "2024"), the owner's deadline when known, and when it was sent.
/// </summary>
public sealed record OwnerReport(ReportKind Kind, string Covers, string Label, DateOnly? Due)
{
    /// <summary>What a tertial report adds to the monthly report (vedlegg 1, punkt 2).</summary>
    public static readonly IReadOnlyList<string> TertialContents =
    [
        "Månedsrapporten",
        "Topp ti risiko",
        "Status og risiko for utvalgte oppdrag",
        "Investeringer over 100 mill. kr og gevinster fra større prosjekter",
    ];
}

/// <summary>A deadline the owner set (from its deadline calendar) and when the report went, stored per report.</summary>
public sealed class ReportingDeadline
{
    public ReportKind Kind { get; set; }

    public string Covers { get; set; } = string.Empty;

    public DateOnly? Due { get; set; }

    public DateOnly? SubmittedOn { get; set; }
}
