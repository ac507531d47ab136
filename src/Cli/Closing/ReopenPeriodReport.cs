using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Closing;

/// <summary>A source service's answer to <c>reopen-period</c> as a one-row report.</summary>
public static class ReopenPeriodReport
{
    public static ReportTable Build(string source, ReopenPeriodRequest request, ReopenPeriodResponse response)
    {
        var period = response.Period.ToText();
        var month = DisplayFormats.Period(period);
        var name = SourceNames.Name(source);
        var report = new ReportTable($"Gjenåpnet måned: {name} {month}", [
            new ReportColumn("source", "Kilde", Display: SourceNames.Name),
            new ReportColumn("period", "Periode", Display: DisplayFormats.Period),
            new ReportColumn("was_open", "Var åpen"),
            new ReportColumn("closed_at", "Avsluttet"),
            new ReportColumn("reopened_at", "Gjenåpnet"),
            new ReportColumn("reopened_by", "Av"),
            new ReportColumn("reason", "Begrunnelse"),
        ]).AddRow(source, period, response.WasOpen, response.ClosedAt?.ToDateTimeOffset(),
            response.WasOpen ? null : response.ReopenedAt?.ToDateTimeOffset(), request.ReopenedBy, request.Reason);

        report.Notes.Add(response.WasOpen
            ? $"{ClosePeriodReport.Capitalised(month)} var ikke avsluttet i {name}; ingenting er endret."
            : $"{ClosePeriodReport.Capitalised(month)} er gjenåpnet i {name}: import til måneden tas imot igjen, og styring er varslet (MonthReopened) om at månedens rapport ikke lenger er endelig.");
        return report;
    }
}
