using Hemit.Cli.Output;

namespace Hemit.Cli.Tests.Support;

/// <summary>What <c>hemit</c> prints for report tables, written by the CLI's own <see cref="ReportWriter"/> into a string.</summary>
public static class PrintedReport
{
    /// <summary>Wide enough that the income statement's columns all fit on one line each.</summary>
    public const int WideConsole = 240;

    public static string Of(ReportTable report, OutputFormat format, int width = WideConsole, bool codes = false) =>
        Write(writer => writer.Write(report, format), width, codes);

    public static string Of(IReadOnlyList<ReportTable> reports, OutputFormat format, int width = WideConsole, bool codes = false) =>
        Write(writer => writer.Write(reports, format), width, codes);

    private static string Write(Action<ReportWriter> write, int width, bool codes)
    {
        using var output = new StringWriter();
        write(new ReportWriter(output, new TableSettings(width, codes)));
        return output.ToString();
    }
}
