using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using Hemit.Cli.Connection;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Governance;

/// <summary>
/// <c>hemit governance report --period 2021-10 --out styresak.pdf</c>: the month's status report as the portal prints it
/// (the same A4 board paper as its "Last ned PDF", or its stand-alone HTML), fetched from the portal;
/// <c>--period 2025-T2</c> gives the tertial report (the last month's report plus the owner's tertial additions).
/// </summary>
public static class ReportCommand
{
    public const string PortalResource = "portal";

    public static Command Create()
    {
        var period = PeriodOption.Create("The month, YYYY-MM (e.g. 2021-10), or the tertial, YYYY-T1, -T2 or -T3 (e.g. 2025-T2)");
        var output = new Option<FileInfo>("--out", "-o") { Description = "Where to write it: FILE.pdf (A4 board paper) or FILE.html", Required = true };
        var approved = new Option<bool>("--approved") { Description = "The approved version instead of the report as it compiles now (a month's report)" };
        var command = new Command("report", "Statusrapport or tertialrapport: the month's or tertial's report as a PDF or HTML file, as the portal prints it (--url: the portal's address)")
        {
            period, output, approved,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (page, covers) = Page(parseResult, period, approved);
            var file = parseResult.GetValue(output)!;
            var kind = file.Extension.ToLowerInvariant() switch
            {
                ".pdf" => "pdf",
                ".html" or ".htm" => "html",
                _ => throw new CliException($"--out: '{file.Name}' must end in .pdf or .html"),
            };
            var portal = ServiceAddresses.Resolve(PortalResource, parseResult.GetValue(CommonOptions.Url), "http");
            var address = new Uri(portal, $"{page}/{kind}{(parseResult.GetValue(approved) ? "?versjon=godkjent" : "")}");
            // Printing starts Chromium on the portal's first print; give it time. The portal needs governance.read,
            // so the CLI's token goes along, as with its gRPC calls.
            using var http = new HttpClient(CallerCredentials.Handler(new SocketsHttpHandler())) { Timeout = TimeSpan.FromMinutes(2) };
            using var response = await http.GetAsync(address, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new CliException($"The portal ({portal}) gave no report for {covers}: {await ProblemAsync(response, cancellationToken)}");
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            await File.WriteAllBytesAsync(file.FullName, bytes, cancellationToken);
            var name = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
            Console.Out.WriteLine($"Skrev {file.FullName} ({bytes.Length / 1024} kB{(name is null ? "" : $", {name.Trim('"')}")}).");
            return 0;
        });
        return command;
    }

    /// <summary>The portal's page for the period given: statusrapport/2021-10 or tertialrapport/2025-T2; what it covers, for messages.</summary>
    private static (string Page, string Covers) Page(ParseResult parseResult, Option<string> period, Option<bool> approved)
    {
        var text = parseResult.GetValue(period)?.Trim() ?? string.Empty;
        if (!text.Contains('T', StringComparison.OrdinalIgnoreCase))
        {
            var month = PeriodOption.Read(parseResult, period);
            return ($"statusrapport/{month.ToText()}", month.ToText());
        }

        if (!CalendarRules.TryParseTertial(text, out var year, out var number, out var reason))
        {
            throw new CliException($"--period: {reason}");
        }

        if (parseResult.GetValue(approved))
        {
            throw new CliException("--approved: a tertial report is compiled each time; approve and print the month's report (--period YYYY-MM) instead");
        }

        var tertial = $"{year}-T{number}";
        return ($"tertialrapport/{tertial}", tertial);
    }

    private static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
        {
            return $"{(int)response.StatusCode} {response.ReasonPhrase}: it needs a token with scope governance.read " +
                   "(hemit login, HEMIT_TOKEN, or the running local stack's development client)";
        }

        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return problem.TryGetProperty("title", out var title) ? title.GetString() ?? response.ReasonPhrase ?? "" : response.ReasonPhrase ?? "";
        }
        catch (JsonException)
        {
            return $"{(int)response.StatusCode} {response.ReasonPhrase}";
        }
    }
}
