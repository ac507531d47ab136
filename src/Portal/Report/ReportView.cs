using Hemit.Contracts.Governance.V1;

namespace Hemit.Portal.Report;

/// <summary>Which version of a month's report a page shows: the current compilation (default) or the approved one (?versjon=godkjent).</summary>
public sealed record ReportView(StatusReport Shown, StatusReport? Approved, IReadOnlyList<StatusReportDifference> Differences, bool ShowsApproved)
{
    public const string ApprovedQueryValue = "godkjent";

    public static ReportView Of(GetStatusReportResponse response, string? version) =>
        version == ApprovedQueryValue && response.Approved is not null
            ? new ReportView(response.Approved, response.Approved, [], ShowsApproved: true)
            : new ReportView(response.Current, response.Approved, response.Differences, ShowsApproved: false);

    public string Query => ShowsApproved ? $"?versjon={ApprovedQueryValue}" : string.Empty;
}
