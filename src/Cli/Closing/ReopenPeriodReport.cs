using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Closing;

/// <summary>A source service's answer to <c>reopen-period</c> as a one-row report.</summary>
public static class ReopenPeriodReport
{
    public static ReportTable Build(string source, ReopenPeriodRequest request, ReopenPeriodResponse response)
    {
        var period = response.Period.ToText();
        var report = new ReportTable($"Gjenåpnet måned: {source} {period}", [
            new ReportColumn("source", "Kilde"),
            new ReportColumn("period", "Periode"),
            new ReportColumn("was_open", "Var åpen"),
            new ReportColumn("closed_at", "Avsluttet"),
            new ReportColumn("reopened_at", "Gjenåpnet"),
            new ReportColumn("reopened_by", "Av"),
            new ReportColumn("reason", "Begrunnelse"),
        ]).AddRow(source, period, response.WasOpen, response.ClosedAt?.ToDateTimeOffset(),
            response.WasOpen ? null : response.ReopenedAt?.ToDateTimeOffset(), request.ReopenedBy, request.Reason);

        report.Notes.Add(response.WasOpen
            ? $"{period} var ikke avsluttet i {source}; ingenting er endret."
            : $"{period} er gjenåpnet i {source}: import til måneden tas imot igjen, og styring er varslet (MonthReopened) om at månedens rapport ikke lenger er endelig.");
        return report;
    }
}
