using Hemit.Cli.Output;
using Hemit.Contracts.Advertising;

namespace Hemit.Cli.Status;

/// <summary><c>hemit status</c> as a table: each advertised resource, its state, whether it answers now, its endpoints.</summary>
public static class StatusReport
{
    /// <param name="health">What each resource answered just now, in the order of <see cref="AdvertisedEndpoints.Resources"/>.</param>
    public static ReportTable Build(AdvertisedEndpoints advertised, IReadOnlyList<string> health)
    {
        var report = new ReportTable($"Hemit Platform, AppHost pid {advertised.AppHostPid}, startet {advertised.StartedAt.ToLocalTime():dd.MM.yyyy HH:mm:ss}", [
            new ReportColumn("resource", "Ressurs"),
            new ReportColumn("type", "Type") { DropOrder = 2 },
            new ReportColumn("state", "Tilstand"),
            new ReportColumn("health", "Helse nå"),
            new ReportColumn("endpoints", "Endepunkter") { DropOrder = 1 },
        ]);
        for (var i = 0; i < advertised.Resources.Count; i++)
        {
            var resource = advertised.Resources[i];
            report.AddRow(resource.Name, resource.Type, resource.State, health[i],
                string.Join(" ", resource.Endpoints.Select(e => $"{e.Key}={e.Value}")));
        }

        return report;
    }
}
