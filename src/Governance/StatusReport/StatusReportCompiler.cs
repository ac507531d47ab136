using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Governance.Data;
using Hemit.Governance.Reporting;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

/// <summary>
/// Compiles a month's status report now: asks finance, HR metrics, the service desk and projects at once (each call with its
/// deadline), places their figures in the board paper's sections, adds management's assessments, and calls it final
/// only when every source has closed the month and answered.
/// </summary>
public sealed class StatusReportCompiler(
    GovernanceDbContext db, FinanceSource finance, HrMetricsSource hrMetrics, ServiceDeskSource serviceDesk, ProjectsSource projects,
    TimeProvider time, SourceCalls calls)
{
    public async Task<Wire.StatusReport> CompileAsync(Period period, CancellationToken cancellationToken)
    {
        var readiness = await MonthReadiness.LoadAsync(db, period, cancellationToken);
        var assessments = await db.Set<StatusReportAssessment>().AsNoTracking()
            .Where(a => a.Year == period.Year && a.Month == period.Month).ToListAsync(cancellationToken);

        var contributions = await Task.WhenAll(
            AskAsync(FinanceSource.Name, call => finance.CompileAsync(period, call), cancellationToken),
            AskAsync(HrMetricsSource.Name, call => hrMetrics.CompileAsync(period, call), cancellationToken),
            AskAsync(ServiceDeskSource.Name, call => serviceDesk.CompileAsync(period, call), cancellationToken),
            AskAsync(ProjectsSource.Name, call => projects.CompileAsync(period, call), cancellationToken));

        var report = new Wire.StatusReport
        {
            Period = period,
            Title = StatusReportSections.Title(period.Year, period.Month),
            CompiledAt = Timestamp.FromDateTimeOffset(time.GetUtcNow()),
        };
        foreach (var (source, state) in readiness)
        {
            var contribution = contributions.FirstOrDefault(c => c.Source == source);
            report.Sources.Add(new Wire.StatusReportSource
            {
                Source = source,
                Closed = state.Closed,
                ClosedAt = state.ClosedAt is { } closedAt ? Timestamp.FromDateTimeOffset(closedAt) : null,
                AnswerVersion = contribution?.AnswerVersion() ?? string.Empty,
                Problem = contribution?.Problem ?? string.Empty,
            });
        }

        foreach (var definition in StatusReportSections.All)
        {
            var section = StatusReportSections.Shell(definition);
            var contribution = contributions.Single(c => Feeds(c.Source, definition.Number));
            if (contribution.Problem is { } problem)
            {
                section.Available = false;
                section.UnavailableReason = $"Ikke tilgjengelig: {contribution.Source} {problem}.";
            }
            else
            {
                section.Figures.AddRange(contribution.Figures[definition.Number]);
                section.Charts.AddRange(contribution.Charts[definition.Number]);
                section.Projects.AddRange(contribution.Projects.GetValueOrDefault(definition.Number) ?? []);
            }

            if (assessments.FirstOrDefault(a => a.Section == definition.Number) is { } assessment)
            {
                section.Assessment = assessment.Text;
                section.AssessmentUpdatedAt = Timestamp.FromDateTimeOffset(assessment.UpdatedAt);
            }

            report.Sections.Add(section);
        }

        var final = readiness.All(r => r.State.Closed) && contributions.All(c => c.Problem is null);
        report.State = final ? Wire.StatusReportState.Final : Wire.StatusReportState.Draft;
        return report;
    }

    /// <summary>Which source feeds a section, so a source that failed takes its own sections with it and no others.</summary>
    private static bool Feeds(string source, string section) => (source, section) switch
    {
        (FinanceSource.Name, StatusReportSections.Economy) => true,
        (HrMetricsSource.Name, StatusReportSections.Organisation) => true,
        (ServiceDeskSource.Name, StatusReportSections.ServiceProduction or StatusReportSections.ServiceManagement) => true,
        (ProjectsSource.Name, StatusReportSections.Projects or StatusReportSections.WorkOrders) => true,
        _ => false,
    };

    /// <summary>One source's part; a source that does not answer in time, or refuses, leaves its sections unavailable.</summary>
    private async Task<SourceContribution> AskAsync(string source, Func<Func<CallOptions>, Task<SourceContribution>> ask, CancellationToken cancellationToken)
    {
        var answer = await calls.AskAsync(source, ask, cancellationToken);
        return answer.Value ?? new SourceContribution(source) { Problem = answer.Problem };
    }
}
