namespace Hemit.Governance.StatusReport;

/// <summary>Configuration section StatusReport.</summary>
public sealed class StatusReportOptions
{
    /// <summary>How long each call to a source may take before the report compiles without it (as a draft).</summary>
    public TimeSpan SourceCallTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
