using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Closing;

/// <summary>A source service's answer to <c>close-period</c> (månedsavslutning) as a one-row report.</summary>
public static class ClosePeriodReport
{
    public static ReportTable Build(string source, ClosePeriodResponse response)
    {
        var period = response.Period.ToText();
        var month = DisplayFormats.Period(period);
        var name = SourceNames.Name(source);
        var report = new ReportTable($"Månedsavslutning: {name} {month}", [
            new ReportColumn("source", "Kilde", Display: SourceNames.Name),
            new ReportColumn("period", "Periode", Display: DisplayFormats.Period),
            new ReportColumn("closed_at", "Avsluttet"),
            new ReportColumn("already_closed", "Var avsluttet fra før"),
        ]).AddRow(source, period, response.ClosedAt?.ToDateTimeOffset(), response.AlreadyClosed);

        report.Notes.Add(response.AlreadyClosed
            ? $"{Capitalised(month)} var avsluttet fra før i {name}; ingenting er endret, og det første avslutningstidspunktet gjelder."
            : $"{Capitalised(month)} er nå avsluttet i {name}; styring er varslet (MonthClosed) og regner måneden med i statusrapporten.");
        return report;
    }

    internal static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
