using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;

namespace Hemit.Cli.ServiceDesk;

/// <summary><c>hemit servicedesk releases --year YYYY [--through YYYY-MM]</c>: section 4.1, releases on the original plan.</summary>
public static class ReleasesCommand
{
    public static Command Create()
    {
        var through = new Option<string?>("--through") { Description = "The last month counted, YYYY-MM (default: the whole year)" };
        return YearReportCommand.Create(ServiceDeskCommands.Service, "releases",
            "Releases of existing applications carried out in the year, and how many on or before the original plan",
            async (client, parseResult, year, ct) =>
            {
                var request = new GetReleasesRequest { Year = year };
                if (parseResult.GetValue(through) is { } text)
                {
                    request.Through = Period.TryParse(text, out var period, out var reason) ? period : throw new CliException($"--through: {reason}");
                }

                return Tables(await client.GetReleasesAsync(request, cancellationToken: ct));
            },
            through);
    }

    public static IReadOnlyList<ReportTable> Tables(GetReleasesResponse response)
    {
        var summary = new ReportTable($"Releaser av eksisterende applikasjoner {response.Year} t.o.m. {response.Through.ToText()}", [
            new ReportColumn("carried_out", "Gjennomført", ColumnAlignment.Right),
            new ReportColumn("on_plan", "Iht. opprinnelig plan", ColumnAlignment.Right),
            new ReportColumn("on_plan_percent", "Andel", ColumnAlignment.Right, DisplayFormats.Percent(0)),
        ]);
        summary.AddRow(response.CarriedOut, response.OnPlan, response.OnPlanPercent?.ToDecimal());

        var late = new ReportTable("Releaser etter opprinnelig plan", [
            new ReportColumn("release_id", "Release"),
            new ReportColumn("service", "Tjeneste"),
            new ReportColumn("planned_date", "Planlagt"),
            new ReportColumn("actual_date", "Gjennomført"),
        ]);
        foreach (var r in response.Late)
        {
            late.AddRow(r.ReleaseId, r.Service, r.PlannedDate, r.ActualDate);
        }

        return [summary, late];
    }
}
