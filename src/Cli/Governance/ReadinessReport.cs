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
        var sources = new ReportTable($"Månedsavslutning per kilde, {period}", [
            new ReportColumn("source", "Kilde"),
            new ReportColumn("closed", "Avsluttet"),
            new ReportColumn("closed_at", "Avsluttet tidspunkt"),
        ]);
        foreach (var source in response.Sources)
        {
            sources.AddRow(source.Source, source.Closed, source.ClosedAt?.ToDateTimeOffset());
        }

        var waitingFor = string.Join(", ", response.Sources.Where(s => !s.Closed).Select(s => s.Source));
        var verdict = new ReportTable($"Statusrapport {period}", [
            new ReportColumn("period", "Periode"),
            new ReportColumn("ready", "Kan settes sammen"),
            new ReportColumn("waiting_for", "Venter på"),
        ]).AddRow(true, period, response.Ready, waitingFor);
        verdict.Notes.Add(response.Ready
            ? $"Alle kilder har avsluttet {period}: statusrapporten kan settes sammen."
            : $"Statusrapporten for {period} kan settes sammen når {waitingFor} har avsluttet måneden (hemit <område> close-period --period {period}).");
        return [sources, verdict];
    }
}
