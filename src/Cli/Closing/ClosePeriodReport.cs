using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Closing;

/// <summary>A source service's answer to <c>close-period</c> (månedsavslutning) as a one-row report.</summary>
public static class ClosePeriodReport
{
    public static ReportTable Build(string source, ClosePeriodResponse response)
    {
        var period = response.Period.ToText();
        var report = new ReportTable($"Månedsavslutning (month closed): {source} {period}", [
            new ReportColumn("source", "Source"),
            new ReportColumn("period", "Period"),
            new ReportColumn("closed_at", "Closed at"),
            new ReportColumn("already_closed", "Already closed"),
        ]).AddRow(source, period, response.ClosedAt?.ToDateTimeOffset(), response.AlreadyClosed);

        report.Notes.Add(response.AlreadyClosed
            ? $"{period} was closed before; nothing changed and the first closing time stands."
            : $"{period} is now closed in {source}; governance is told (MonthClosed) and counts it towards the month's status report.");
        return report;
    }
}
