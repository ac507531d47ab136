using Hemit.Cli.Closing;
using Hemit.Cli.Output;
using Hemit.Contracts.Governance.V1;

namespace Hemit.Cli.Governance;

/// <summary>
/// Governance's answer to "can the month's status report be compiled?" as two tables: each source service,
/// closed or not and when it was last reopened and why (in the report's section order), and the verdict with what
/// it still waits for.
/// </summary>
public static class ReadinessReport
{
    public static IReadOnlyList<ReportTable> Build(GetReportReadinessResponse response)
    {
        var period = response.Period.ToText();
        var month = DisplayFormats.Period(period);
        var sources = new ReportTable($"Månedsavslutning per kilde, {month}", [
            new ReportColumn("source", "Kilde", Display: SourceNames.Name),
            new ReportColumn("closed", "Avsluttet"),
            new ReportColumn("closed_at", "Avsluttet tidspunkt"),
            new ReportColumn("reopened_at", "Gjenåpnet"),
            new ReportColumn("reopen_reason", "Begrunnelse") { DropOrder = 1 },
        ]);
        foreach (var source in response.Sources)
        {
            sources.AddRow(source.Source, source.Closed, source.ClosedAt?.ToDateTimeOffset(), source.ReopenedAt?.ToDateTimeOffset(),
                source.ReopenReason.Length == 0 ? null : source.ReopenReason);
        }

        // The reason may be left out of a narrow table; the note keeps when and why in one line per reopening.
        foreach (var source in response.Sources.Where(s => s.ReopenedAt is not null))
        {
            var when = DisplayFormats.Default(source.ReopenedAt.ToDateTimeOffset());
            var why = source.ReopenReason.Length == 0 ? "uten begrunnelse" : $"«{source.ReopenReason}»";
            sources.Notes.Add(source.Closed
                ? $"{SourceNames.Name(source.Source)} gjenåpnet {month} {when} ({why}) og har avsluttet den igjen."
                : $"{SourceNames.Name(source.Source)} gjenåpnet {month} {when} ({why}); måneden er ikke endelig før den avsluttes igjen.");
        }

        var waiting = response.Sources.Where(s => !s.Closed).Select(s => s.Source).ToList();
        var verdict = new ReportTable($"Statusrapport {month}", [
            new ReportColumn("period", "Periode", Display: DisplayFormats.Period),
            new ReportColumn("ready", "Kan settes sammen"),
            new ReportColumn("waiting_for", "Venter på", Display: codes => SourceNames.List(((string?)codes ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries))),
        ]).AddRow(true, period, response.Ready, string.Join(", ", waiting));
        verdict.Notes.Add(response.Ready
            ? $"Alle kilder har avsluttet {month}: statusrapporten kan settes sammen."
            : $"Statusrapporten for {month} kan settes sammen når {SourceNames.List(waiting)} har avsluttet måneden (hemit <område> close-period --period {period}).");
        return [sources, verdict];
    }
}
