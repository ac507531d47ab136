namespace Hemit.Governance.StatusReport;

/// <summary>Management's assessment (ledelsens vurdering) of one section of a month's report, as last written.</summary>
public sealed class StatusReportAssessment
{
    public int Year { get; set; }

    public int Month { get; set; }

    /// <summary>"1" … "6".</summary>
    public required string Section { get; set; }

    public required string Text { get; set; }

    /// <summary>A role, not a person's name.</summary>
    public required string WrittenBy { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
