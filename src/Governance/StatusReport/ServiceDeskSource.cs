using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Wire = Hemit.Contracts.Governance.V1;

namespace Hemit.Governance.StatusReport;

/// <summary>Sections 3 Tjenesteproduksjon and 4 Tjenesteforvaltning og -utvikling from the service desk.</summary>
public sealed class ServiceDeskSource(ServiceDeskService.ServiceDeskServiceClient client)
{
    public const string Name = "servicedesk";

    public async Task<SourceContribution> CompileAsync(Period period, Func<CallOptions> call)
    {
        var monthCall = client.GetMonthReportAsync(new GetMonthReportRequest { Period = period }, call()).ResponseAsync;
        var availabilityCall = client.GetAvailabilityAsync(new GetAvailabilityRequest { Period = period }, call()).ResponseAsync;
        var releasesCall = client.GetReleasesAsync(new GetReleasesRequest { Year = period.Year, Through = period }, call()).ResponseAsync;
        var (month, availability, releases) = (await monthCall, await availabilityCall, await releasesCall);
        var contribution = new SourceContribution(Name);
        contribution.Answers.AddRange([month, availability, releases]);

        var tickets = month.TicketsByType.FirstOrDefault(t => t.Type == TicketType.Unspecified);
        var production = new Figures(Name, "3.1 Hemithjelp nøkkeltall")
            .Add("tickets.total", "Henvendelser til Hemithjelp", Wire.FigureUnit.Count, 0, tickets?.Count)
            .Add("tickets.change", "Endring fra samme måned i fjor", Wire.FigureUnit.Percent, 0, Figures.Value(tickets?.ChangePercent))
            .Add("calls.answered", "Besvarte anrop", Wire.FigureUnit.Count, 0, month.Calls?.Answered)
            .Add("calls.average_wait", "Gjennomsnittlig ventetid", Wire.FigureUnit.Seconds, 0, Figures.Value(month.Calls?.AverageWaitSeconds),
                Figures.Value(month.Calls?.TargetWaitSeconds), "Mål", month.Calls?.TargetMet)
            .Add("first_line.rate", "1. linje løsningsgrad", Wire.FigureUnit.Percent, 0, Figures.Value(month.FirstLine?.RatePercent),
                Figures.Value(month.FirstLine?.TargetPercent), "Mål", month.FirstLine?.TargetMet);
        foreach (var resolution in month.DeadlineResolution)
        {
            production.Add($"deadline_resolution.{(resolution.Priority == 0 ? "total" : $"priority_{resolution.Priority}")}",
                $"Løsningsgrad innen frist, {PriorityName(resolution.Priority).ToLowerInvariant()}", Wire.FigureUnit.Percent, 0,
                Figures.Value(resolution.RatePercent), Figures.Value(resolution.TargetPercent), "Krav", resolution.TargetMet);
        }

        production.Add("backlog.total", "Backlog (henvendelser over frist) ved månedsslutt", Wire.FigureUnit.Count, 0, month.Backlog.Sum(b => b.Count));
        var resolutionChart = Figures.Chart("resolution_by_priority", "Løsningsgrad innen frist per prioritet", Wire.FigureUnit.Percent, 0, bars: true,
            month.DeadlineResolution.Select(r => PriorityName(r.Priority)),
            Figures.Series("Løst innen frist", month.DeadlineResolution.Select(r => Figures.Value(r.RatePercent))),
            Figures.Series("Krav", month.DeadlineResolution.Select(r => Figures.Value(r.TargetPercent)), reference: true));

        var uptime = production.Group("3.2 Tilgjengelighet");
        foreach (var service in availability.Services.Where(s => s.Level == 1))
        {
            uptime.Add($"uptime.{service.Service}", $"Oppetid {service.Service} (tjenestenivå 1)", Wire.FigureUnit.Percent, 2, Figures.Value(service.UptimePercent));
        }

        uptime.Add("sla_breaches", "Ikke planlagt nedetid, tjenestenivå 1 (SLA-brudd)", Wire.FigureUnit.Count, 0, availability.SlaBreaches.Count)
            .Add("planned_outside_window", "Nedetid ut over avtalt tidsperiode", Wire.FigureUnit.Count, 0, availability.PlannedOutsideWindow.Count);
        contribution.Section(StatusReportSections.ServiceProduction, production, resolutionChart);

        var management = new Figures(Name, "4.1 Applikasjonstjenester")
            .Add("releases.carried_out", "Releaser av eksisterende applikasjoner hittil i år", Wire.FigureUnit.Count, 0, releases.CarriedOut)
            .Add("releases.on_plan", "Av dem i henhold til opprinnelig plan", Wire.FigureUnit.Count, 0, releases.OnPlan)
            .Add("releases.on_plan_percent", "Releaser i henhold til opprinnelig plan", Wire.FigureUnit.Percent, 0, Figures.Value(releases.OnPlanPercent));
        return contribution.Section(StatusReportSections.ServiceManagement, management);
    }

    private static string PriorityName(int priority) => priority == 0 ? "Totalt" : $"Prioritet {priority}";
}
