namespace Hemit.Governance.StatusReport;

/// <summary>
/// One approved version of a month's status report, frozen: the whole compiled report (figures, charts' data,
/// assessments, the sources' answer versions) as protobuf bytes, written once and never updated.
/// </summary>
public sealed class ApprovedStatusReport
{
    public long Id { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    /// <summary>1 for the month's first approval, then 2, …</summary>
    public int Version { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }

    public required string ApprovedBy { get; set; }

    /// <summary>The serialized <c>hemit.governance.v1.StatusReport</c> exactly as approved.</summary>
    public required byte[] Snapshot { get; set; }
}
