using Hemit.Cli.Output;
using Spectre.Console;

namespace Hemit.Cli.Tests.Support;

/// <summary>What <c>hemit</c> prints for report tables, written by the CLI's own <see cref="ReportWriter"/> into a string.</summary>
public static class PrintedReport
{
    /// <summary>Wide enough that the income statement's 14 columns never wrap, as when stdout is piped.</summary>
    private const int ConsoleWidth = 240;

    public static string Of(ReportTable report, OutputFormat format) => Write(writer => writer.Write(report, format));

    public static string Of(IReadOnlyList<ReportTable> reports, OutputFormat format) => Write(writer => writer.Write(reports, format));

    private static string Write(Action<ReportWriter> write)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = ConsoleWidth;
        write(new ReportWriter(console, output));
        return output.ToString();
    }
}
