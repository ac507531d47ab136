using System.CommandLine;
using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Hemit.Cli.Connection;
using Hemit.Cli.Output;
using Hemit.Contracts.Ops.V1;

namespace Hemit.Cli.Ops;

/// <summary>
/// <c>hemit audit --service S --since YYYY-MM-DD</c>: a service's audit trail (revisjonsspor), newest first: who called
/// which method on which records, when, and how it ended. Needs the audit.read scope (the security officer).
/// </summary>
public static class AuditCommand
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static Command Create()
    {
        var service = new Option<string>("--service") { Description = $"The service: {string.Join(", ", OpsCommands.Services)}", Required = true };
        service.AcceptOnlyFromAmong(OpsCommands.Services);
        var since = new Option<DateOnly>("--since") { Description = "From this day (YYYY-MM-DD, Norwegian time)", Required = true };
        var caller = new Option<string?>("--caller") { Description = "Only calls by this person id or client id" };
        var limit = new Option<int>("--limit") { Description = "At most this many entries (1-5000)", DefaultValueFactory = _ => 100 };
        var command = new Command("audit", "Revisjonsspor: who called what in a service, when, and how it ended")
        {
            service, since, caller, limit,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var name = parseResult.GetValue(service)!;
            var from = parseResult.GetValue(since).ToDateTime(TimeOnly.MinValue);
            var request = new ListAuditEntriesRequest
            {
                Since = Timestamp.FromDateTimeOffset(new DateTimeOffset(from, Oslo.GetUtcOffset(from))),
                Limit = parseResult.GetValue(limit),
                Caller = parseResult.GetValue(caller) ?? "",
            };
            var response = await new ServiceConnection<OpsService.OpsServiceClient>(name, channel => new(channel))
                .CallAsync(parseResult, async client => await client.ListAuditEntriesAsync(request, cancellationToken: cancellationToken));
            ReportWriter.ForConsole(parseResult).Write([Table(response)], parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }

    public static ReportTable Table(ListAuditEntriesResponse response)
    {
        var table = new ReportTable($"Revisjonsspor: {response.Service}", [
            new ReportColumn("at", "Tid"),
            new ReportColumn("caller", "Hvem"),
            new ReportColumn("method", "Metode"),
            new ReportColumn("keys", "Nøkler") { DropOrder = 1 },
            new ReportColumn("outcome", "Utfall"),
            new ReportColumn("client", "Klient") { DropOrder = 2 },
        ]);
        foreach (var entry in response.Entries)
        {
            table.AddRow(entry.At.ToDateTimeOffset(), entry.Caller, entry.Method[(entry.Method.LastIndexOf('.') + 1)..],
                entry.Keys.Length == 0 ? null : entry.Keys, entry.Outcome, entry.Client.Length == 0 ? null : entry.Client);
        }

        table.Notes.Add(response.Total > response.Entries.Count
            ? $"Viser de {response.Entries.Count} nyeste av {response.Total.ToString("N0", CultureInfo.GetCultureInfo("nb-NO"))}; bruk --limit for flere."
            : $"{response.Total} oppføring(er).");
        return table;
    }
}
