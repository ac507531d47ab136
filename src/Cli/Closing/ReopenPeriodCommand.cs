using System.CommandLine;
using Grpc.Core;
using Hemit.Cli.Connection;
using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Closing;

/// <summary>
/// <c>hemit &lt;area&gt; reopen-period --period YYYY-MM --reason "…" [--by NAME]</c>: takes back a closed month so corrections
/// can be imported; the service records who, when and why, and governance is told the month's report is no longer final.
/// </summary>
public static class ReopenPeriodCommand
{
    /// <summary>The service's generated <c>ReopenPeriodAsync</c>.</summary>
    public delegate AsyncUnaryCall<ReopenPeriodResponse> Reopen<TClient>(TClient client, ReopenPeriodRequest request, CancellationToken cancellationToken);

    public static Command Create<TClient>(ServiceConnection<TClient> connection, Reopen<TClient> reopen)
    {
        var period = PeriodOption.Create("The month to reopen, YYYY-MM (e.g. 2021-10)");
        var reason = new Option<string>("--reason") { Description = "Why the month is reopened (kept with the reopening and sent to governance)", Required = true };
        var by = new Option<string>("--by")
        {
            Description = "Who reopens it (default: your user name; recorded until the services know their callers)",
            DefaultValueFactory = _ => Environment.UserName,
        };
        var command = new Command("reopen-period",
            $"Take back a closed {connection.Service} month so corrections can be imported; governance no longer counts it as final")
        {
            period, reason, by,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var month = PeriodOption.Read(parseResult, period);
            var why = parseResult.GetValue(reason)?.Trim();
            if (string.IsNullOrEmpty(why))
            {
                throw new CliException("--reason: say why the month is reopened, e.g. --reason \"Late invoice from Sykehuspartner\"");
            }

            var request = new ReopenPeriodRequest { Period = month, Reason = why, ReopenedBy = parseResult.GetValue(by) ?? Environment.UserName };
            var response = await connection.CallAsync(parseResult, async client => await reopen(client, request, cancellationToken));
            ReportWriter.ForConsole().Write(ReopenPeriodReport.Build(connection.Service, request, response), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }
}
