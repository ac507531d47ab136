using System.CommandLine;
using Grpc.Core;
using Hemit.Cli.Connection;
using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;

namespace Hemit.Cli.Closing;

/// <summary>
/// <c>hemit &lt;area&gt; close-period --period YYYY-MM</c>: declares a month's figures final in one source service
/// (månedsavslutning). Every source service answers the same <c>ClosePeriod</c> RPC, so one builder serves them all.
/// </summary>
public static class ClosePeriodCommand
{
    /// <summary>The service's generated <c>ClosePeriodAsync</c>, e.g. <c>(client, request, ct) =&gt; client.ClosePeriodAsync(request, cancellationToken: ct)</c>.</summary>
    public delegate AsyncUnaryCall<ClosePeriodResponse> Close<TClient>(TClient client, ClosePeriodRequest request, CancellationToken cancellationToken);

    public static Command Create<TClient>(ServiceConnection<TClient> connection, Close<TClient> close)
    {
        var period = PeriodOption.Create("The month to close, YYYY-MM (e.g. 2021-10)");
        var command = new Command("close-period",
            $"Månedsavslutning: declare a month's {connection.Service} figures final, so governance can compile its status report (closing again changes nothing)")
        {
            period,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var month = PeriodOption.Read(parseResult, period);
            var response = await connection.CallAsync(parseResult, async client =>
                await close(client, new ClosePeriodRequest { Period = month }, cancellationToken));
            ReportWriter.ForConsole().Write(ClosePeriodReport.Build(connection.Service, response), parseResult.GetValue(CommonOptions.Format));
            return 0;
        });
        return command;
    }
}
