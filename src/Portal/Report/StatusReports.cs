using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Portal.Report;

/// <summary>The portal's calls to governance's StatusReportService, each with a deadline.</summary>
public sealed class StatusReports(StatusReportService.StatusReportServiceClient client, IConfiguration configuration)
{
    private TimeSpan Timeout => configuration.GetValue("Portal:GovernanceCallTimeout", TimeSpan.FromSeconds(60));

    private CallOptions Call(CancellationToken cancellationToken) => new(deadline: DateTime.UtcNow.Add(Timeout), cancellationToken: cancellationToken);

    public async Task<GetStatusReportResponse> GetAsync(Period period, CancellationToken cancellationToken = default) =>
        await client.GetStatusReportAsync(new GetStatusReportRequest { Period = period }, Call(cancellationToken));

    /// <param name="tertial">"2025-T2".</param>
    public async Task<TertialReport> GetTertialAsync(string tertial, CancellationToken cancellationToken = default) =>
        await client.GetTertialReportAsync(new GetTertialReportRequest { Tertial = tertial }, Call(cancellationToken));

    public async Task SetAssessmentAsync(Period period, string section, string text, string writtenBy, CancellationToken cancellationToken = default) =>
        await client.SetStatusReportAssessmentAsync(
            new SetStatusReportAssessmentRequest { Period = period, Section = section, Text = text, WrittenBy = writtenBy }, Call(cancellationToken));

    public async Task<StatusReport> ApproveAsync(Period period, string approvedBy, CancellationToken cancellationToken = default) =>
        (await client.ApproveStatusReportAsync(new ApproveStatusReportRequest { Period = period, ApprovedBy = approvedBy }, Call(cancellationToken))).Approved;
}
