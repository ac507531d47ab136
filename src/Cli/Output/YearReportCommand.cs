using System.CommandLine;
using Hemit.Cli.Connection;

namespace Hemit.Cli.Output;

/// <summary>
/// A report command: <c>--year</c> (a real year) and the command's own options, one query to the service,
/// its table(s) printed in <c>--format</c>.
/// </summary>
public static class YearReportCommand
{
    public delegate Task<TReport> Fetch<TClient, TReport>(TClient client, ParseResult parseResult, int year, CancellationToken cancellationToken);

    public static Command Create<TClient>(
        ServiceConnection<TClient> connection, string name, string description, Fetch<TClient, ReportTable> fetch, params Option[] options) =>
        Create(connection, name, description, fetch, (writer, report, format) => writer.Write(report, format), options);

    public static Command Create<TClient>(
        ServiceConnection<TClient> connection, string name, string description, Fetch<TClient, IReadOnlyList<ReportTable>> fetch, params Option[] options) =>
        Create(connection, name, description, fetch, (writer, reports, format) => writer.Write(reports, format), options);

    private static Command Create<TClient, TReport>(
        ServiceConnection<TClient> connection,
        string name,
        string description,
        Fetch<TClient, TReport> fetch,
        Action<ReportWriter, TReport, OutputFormat> write,
        Option[] options)
    {
        var yearOption = new Option<int>("--year", "-y") { Description = "The year to report, e.g. 2021", Required = true };
        var command = new Command(name, description) { yearOption };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var year = parseResult.GetValue(yearOption);
            if (Hemit.Contracts.Common.V1.CalendarRules.YearProblem(year) is { } problem)
            {
                throw new CliException($"--year: {problem}");
            }

            var report = await connection.CallAsync(parseResult, client => fetch(client, parseResult, year, cancellationToken));
            write(ReportWriter.ForConsole(parseResult), report, parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }
}
