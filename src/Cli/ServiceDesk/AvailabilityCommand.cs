using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.Cli.ServiceDesk;

/// <summary><c>hemit servicedesk availability --period YYYY-MM</c>: section 3.2 "Tilgjengelighet".</summary>
public static class AvailabilityCommand
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static Command Create()
    {
        var period = PeriodOption.Create("The month to report, YYYY-MM (e.g. 2021-10)");
        var command = new Command("availability",
            "Uptime per service, unplanned downtime of level-1 services (SLA breaches), planned downtime outside agreed windows, other downtime")
        {
            period,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var month = PeriodOption.Read(parseResult, period);
            var response = await ServiceDeskCommands.Service.CallAsync(parseResult, async client =>
                await client.GetAvailabilityAsync(new GetAvailabilityRequest { Period = month }, cancellationToken: cancellationToken));
            ReportWriter.ForConsole().Write(Tables(response), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }

    public static IReadOnlyList<ReportTable> Tables(GetAvailabilityResponse response)
    {
        var month = response.Period.ToText();
        var uptime = new ReportTable($"Oppetid {month}", [
            new ReportColumn("service", "Tjeneste"),
            new ReportColumn("level", "Nivå", ColumnAlignment.Right),
            new ReportColumn("downtime_minutes", "Nedetid (min)", ColumnAlignment.Right),
            new ReportColumn("uptime_percent", "Oppetid", ColumnAlignment.Right, DisplayFormats.Percent(2)),
        ]);
        foreach (var s in response.Services)
        {
            uptime.AddRow(s.Service, s.Level, s.DowntimeMinutes.ToDecimal(), s.UptimePercent.ToDecimal());
        }

        return [uptime,
            Downtime($"Ikke planlagt nedetid, tjenestenivå 1 (SLA-brudd) {month}", response.SlaBreaches),
            Downtime($"Planlagt nedetid utenfor avtalt vindu {month}", response.PlannedOutsideWindow),
            Downtime($"Annen nedetid (utenfor Hemits leveranser) {month}", response.OtherDowntime)];
    }

    /// <summary>The board paper's "19.10." for 2021-10-19; csv and json keep the ISO date.</summary>
    private static string BoardDate(object? value) =>
        value is string text && DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date.ToString("dd.MM.", System.Globalization.CultureInfo.InvariantCulture)
            : DisplayFormats.Default(value);

    private static ReportTable Downtime(string title, IEnumerable<DowntimeLine> lines)
    {
        var table = new ReportTable(title, [
            new ReportColumn("date", "Dato", Display: BoardDate),
            new ReportColumn("service", "Tjeneste"),
            new ReportColumn("minutes", "Min", ColumnAlignment.Right),
            new ReportColumn("description", "Beskrivelse"),
        ]);
        foreach (var line in lines)
        {
            var start = TimeZoneInfo.ConvertTime(line.Start.ToDateTimeOffset(), Oslo);
            table.AddRow(start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), line.Service, line.Minutes.ToDecimal(), line.Description);
        }

        return table;
    }
}
