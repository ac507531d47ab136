using System.Text;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.ServiceDesk;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace Hemit.ServiceDesk.Tests.Integration;

/// <summary>
/// Seed 001, 3.2 "Tilgjengelighet", October 2021: one SLA breach (19.10., IDS 7 PACS), other downtime at Telenor (13.10.),
/// upgrades only inside the agreed windows. Files read by the CLI's reader, pushed to the real service.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class AvailabilityTests(PlatformServers servers) : IDisposable
{
    private const string ServiceLevelsCsv =
        "service;level;window_weekday;window_start;window_end\r\n" +
        "IDS 7 PACS;1;2;20:00;23:00\r\n" +
        "Doculive EPJ;1;4;21:00;23:00\r\n" +
        "DIPS Arena;1;;;\r\n" +
        "Arbeidsflate;2;;;\r\n";

    private const string DowntimeCsv =
        "service;start;end;planned;description;outside_hemit\r\n" +
        "IDS 7 PACS;2021-10-19T09:40:00+02:00;2021-10-19T10:25:00+02:00;nei;Problemer med oppkobling mot IDS 7, PACS. IDS 7 ble tilgjengelig igjen uten at det ble gjort tiltak.;nei\r\n" +
        "Telefoni;2021-10-13T08:00:00+02:00;2021-10-13T11:00:00+02:00;nei;Problemer med å motta telefonsamtaler, feil hos Telenor;ja\r\n" +
        "IDS 7 PACS;2021-10-12T20:00:00+02:00;2021-10-12T22:30:00+02:00;ja;Oppgradering;nei\r\n" +
        "Doculive EPJ;2021-10-21T21:00:00+02:00;2021-10-21T22:30:00+02:00;ja;Oppgradering;nei\r\n" +
        // November: an upgrade of a service without a window, and one running 30 minutes past its window.
        "DIPS Arena;2021-11-07T06:00:00+01:00;2021-11-07T07:00:00+01:00;ja;Oppgradering DIPS Arena;nei\r\n" +
        "Doculive EPJ;2021-11-04T21:00:00+01:00;2021-11-04T23:30:00+01:00;ja;Oppgradering;nei\r\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("hemit-servicedesk-availability-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FileInfo Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return new FileInfo(path);
    }

    private async Task<ServiceDeskHost> LoadedAsync()
    {
        var desk = await ServiceDeskHost.StartAsync(servers);
        var (levels, levelProblems) = CsvImporter.Read(Write("tjenestenivaer.csv", ServiceLevelsCsv), ServiceDeskImportFiles.ServiceLevels, ServiceDeskImportFiles.ToServiceLevel);
        var (downtime, downtimeProblems) = CsvImporter.Read(Write("nedetid.csv", DowntimeCsv), ServiceDeskImportFiles.Downtime, ServiceDeskImportFiles.ToDowntime);
        Assert.Empty(levelProblems.Concat(downtimeProblems));
        await ServiceDeskHost.PushAsync(desk.Client.ImportServiceLevels(), levels);
        await ServiceDeskHost.PushAsync(desk.Client.ImportDowntime(), downtime);
        return desk;
    }

    [Fact]
    public async Task October_2021_has_one_sla_breach_other_downtime_at_telenor_and_upgrades_inside_their_windows()
    {
        using var desk = await LoadedAsync();

        var october = await desk.Client.GetAvailabilityAsync(new GetAvailabilityRequest { Period = Period.Of(2021, 10) });

        var breach = Assert.Single(october.SlaBreaches);
        Assert.Equal(("IDS 7 PACS", 45m), (breach.Service, breach.Minutes.ToDecimal()));
        Assert.Equal("Telefoni", Assert.Single(october.OtherDowntime).Service);
        Assert.Empty(october.PlannedOutsideWindow);
        // October 2021 had 745 hours (the clock went back on the 31st): 44 700 minutes, 45 of them down.
        var pacs = october.Services.Single(s => s.Service == "IDS 7 PACS");
        Assert.Equal((45m, Math.Round(44655m * 100 / 44700, 9)), (pacs.DowntimeMinutes.ToDecimal(), pacs.UptimePercent.ToDecimal()));
        Assert.Equal(100m, october.Services.Single(s => s.Service == "Doculive EPJ").UptimePercent.ToDecimal());
        Assert.Equal(["DIPS Arena", "Doculive EPJ", "IDS 7 PACS", "Arbeidsflate"], october.Services.Select(s => s.Service));

        var printed = PrintedReport.Of(AvailabilityCommand.Tables(october), OutputFormat.Table);
        var breaches = new PrintedTable(printed[printed.IndexOf("SLA-brudd", StringComparison.Ordinal)..]);
        Assert.Equal(["19.10.", "IDS 7 PACS", "45"], breaches.Cells("19.10.").Take(3));
        Assert.Equal(["IDS 7 PACS", "1", "45", "99,90 %"], new PrintedTable(printed).Cells("IDS 7 PACS"));
        Assert.Equal(["13.10.", "Telefoni", "180"], new PrintedTable(printed[printed.IndexOf("Annen nedetid", StringComparison.Ordinal)..]).Cells("13.10.").Take(3));

        var announced = JsonDocument.Parse(Assert.Single(await desk.OutboxPayloadsAsync("MajorIncidentRecorded"))).RootElement;
        Assert.Equal("IDS 7 PACS", announced.GetProperty("service").GetString());
    }

    [Fact]
    public async Task Planned_downtime_counts_where_it_falls_outside_the_agreed_window()
    {
        using var desk = await LoadedAsync();

        var november = await desk.Client.GetAvailabilityAsync(new GetAvailabilityRequest { Period = Period.Of(2021, 11) });

        Assert.Equal([("DIPS Arena", 60m), ("Doculive EPJ", 30m)],
            november.PlannedOutsideWindow.OrderBy(d => d.Service).Select(d => (d.Service, d.Minutes.ToDecimal())));
        Assert.Empty(november.SlaBreaches);
        Assert.Equal(30m, november.Services.Single(s => s.Service == "Doculive EPJ").DowntimeMinutes.ToDecimal());
    }

    [Fact]
    public async Task Downtime_ending_before_it_starts_refuses_the_batch()
    {
        using var desk = await ServiceDeskHost.StartAsync(servers);
        var (downtime, problems) = CsvImporter.Read(Write("feil.csv",
            "service,start,end,planned,description\n" +
            "IDS 7 PACS,2021-10-19T09:40:00+02:00,2021-10-19T10:25:00+02:00,false,Nede\n" +
            "IDS 7 PACS,2021-10-20T10:00:00+02:00,2021-10-20T09:00:00+02:00,false,Nede\n"),
            ServiceDeskImportFiles.Downtime, ServiceDeskImportFiles.ToDowntime);
        Assert.Empty(problems);

        var refusal = await Assert.ThrowsAsync<RpcException>(() => ServiceDeskHost.PushAsync(desk.Client.ImportDowntime(), downtime));

        var violation = Assert.Single(refusal.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations);
        Assert.Equal("downtime[1].end", violation.Field);
        Assert.StartsWith("row 2: 2021-10-20T07:00:00.0000000+00:00 is not after the start", violation.Description, StringComparison.Ordinal);
        Assert.Equal(0, await desk.QueryAsync(db => db.Downtime.CountAsync()));
    }
}
