using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary>
/// Governance's answer to "can the month's status report be compiled?" as two tables: each source service,
/// closed or not (in the report's section order), and the verdict with what it still waits for.
/// </summary>
public static class ReadinessReport
{
    public static IReadOnlyList<ReportTable> Build(GetReportReadinessResponse response)
    {
        var period = response.Period.ToText();
        var sources = new ReportTable($"Månedsavslutning per kilde, {period} (which sources have closed the month)", [
            new ReportColumn("source", "Source"),
            new ReportColumn("closed", "Closed"),
            new ReportColumn("closed_at", "Closed at"),
        ]);
        foreach (var source in response.Sources)
        {
            sources.AddRow(source.Source, source.Closed, source.ClosedAt?.ToDateTimeOffset());
        }

        var waitingFor = string.Join(", ", response.Sources.Where(s => !s.Closed).Select(s => s.Source));
        var verdict = new ReportTable($"Statusrapport {period} (the board's status report for the month)", [
            new ReportColumn("period", "Period"),
            new ReportColumn("ready", "Can be compiled"),
            new ReportColumn("waiting_for", "Waiting for"),
        ]).AddRow(true, period, response.Ready, waitingFor);
        verdict.Notes.Add(response.Ready
            ? $"Every source has closed {period}: the status report can be compiled."
            : $"The status report for {period} can be compiled once {waitingFor} close the month (hemit <area> close-period --period {period}).");
        return [sources, verdict];
    }
}
