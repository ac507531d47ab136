namespace Hemit.Governance.Reporting;

/// <summary>The services the monthly status report draws on, in the report's section order.</summary>
public static class ReportSources
{
    public static readonly IReadOnlyList<string> All = ["finance", "hrmetrics", "servicedesk", "projects"];
}
