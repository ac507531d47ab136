using Grpc.Core;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Portal.Report;

namespace Hemit.Portal.Printing;

/// <summary>"Last ned PDF" and the stand-alone HTML of a month's report and of a tertial report (also what `hemit governance report` fetches).</summary>
public static class ReportDownloads
{
    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/statusrapport/{month}/pdf", async (string month, string? versjon, StatusReports reports, ReportPrinter printer, HttpContext http) =>
            await WithReportAsync(month, versjon, reports, http.RequestAborted, async view =>
                Results.File(await printer.PdfAsync(view, http.RequestServices, http.RequestAborted), "application/pdf", FileName(view, "pdf"))));
        endpoints.MapGet("/statusrapport/{month}/html", async (string month, string? versjon, StatusReports reports, ReportPrinter printer, HttpContext http) =>
            await WithReportAsync(month, versjon, reports, http.RequestAborted, async view =>
                Results.Content(await printer.RenderHtmlAsync(view, http.RequestServices), "text/html; charset=utf-8")));
        endpoints.MapGet("/tertialrapport/{tertial}/pdf", async (string tertial, StatusReports reports, ReportPrinter printer, HttpContext http) =>
            await WithTertialAsync(tertial, reports, http.RequestAborted, async report =>
                Results.File(await printer.PdfAsync(report, http.RequestServices, http.RequestAborted), "application/pdf", FileName(report, "pdf"))));
        endpoints.MapGet("/tertialrapport/{tertial}/html", async (string tertial, StatusReports reports, ReportPrinter printer, HttpContext http) =>
            await WithTertialAsync(tertial, reports, http.RequestAborted, async report =>
                Results.Content(await printer.RenderHtmlAsync(report, http.RequestServices), "text/html; charset=utf-8")));
        return endpoints;
    }

    /// <summary>tertialrapport-2025-T2-utkast.pdf</summary>
    private static string FileName(TertialReport report, string extension) =>
        $"tertialrapport-{report.Tertial}-{BoardFormats.State(report.State).ToLowerInvariant()}.{extension}";

    private static async Task<IResult> WithTertialAsync(string tertial, StatusReports reports, CancellationToken cancellationToken, Func<TertialReport, Task<IResult>> respond)
    {
        if (!CalendarRules.TryParseTertial(tertial, out _, out _, out var reason))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: reason);
        }

        try
        {
            return await respond(await reports.GetTertialAsync(tertial.Trim().ToUpperInvariant(), cancellationToken));
        }
        catch (RpcException exception)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway,
                title: $"Governance gave no tertial report for {tertial} ({exception.StatusCode}): {exception.Status.Detail}");
        }
    }

    /// <summary>statusrapport-2021-10-utkast.pdf, statusrapport-2021-10-godkjent-v1.pdf</summary>
    private static string FileName(ReportView view, string extension) =>
        $"statusrapport-{view.Shown.Period.ToText()}-{BoardFormats.State(view.Shown.State).ToLowerInvariant()}" +
        $"{(view.Shown.Version > 0 ? $"-v{view.Shown.Version}" : "")}.{extension}";

    private static async Task<IResult> WithReportAsync(string month, string? version, StatusReports reports, CancellationToken cancellationToken, Func<ReportView, Task<IResult>> respond)
    {
        if (!Period.TryParse(month, out var period, out var reason))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"'{month}' is not a month: {reason}");
        }

        try
        {
            return await respond(ReportView.Of(await reports.GetAsync(period, cancellationToken), version));
        }
        catch (RpcException exception)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway,
                title: $"Governance gave no status report for {month} ({exception.StatusCode}): {exception.Status.Detail}");
        }
    }
}
