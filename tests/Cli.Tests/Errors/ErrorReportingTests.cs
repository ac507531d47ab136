using System.Net.Sockets;
using Grpc.Core;
using Grpc.Net.Client;
using Hemit.Cli.Finance;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.TestSupport;

namespace Hemit.Cli.Tests.Errors;

/// <summary>What <c>hemit</c> prints on stderr when a command fails, and the exit code it returns.</summary>
[Collection(ServersCollection.Name)]
public sealed class ErrorReportingTests(PlatformServers servers)
{
    private static string[] Lines(StringWriter writer) => writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    [Fact]
    public async Task A_batch_the_service_refuses_prints_the_refusal_and_each_field_violation()
    {
        using var finance = await InProcessServices.FinanceAsync(servers);
        var client = new FinanceService.FinanceServiceClient(finance.Channel);

        // The file reads cleanly, so the CLI sends it; the finance service refuses row 3 (a sum line cannot be posted).
        var refusal = await Assert.ThrowsAsync<RpcException>(() => CsvImporter.ImportAsync(
            TestFiles.File(TestFiles.LedgerWithOneRefusedRow), LedgerFile.Layout, LedgerFile.ToMessage,
            ct => client.ImportLedgerLines(cancellationToken: ct), OutputFormat.Json, CancellationToken.None));
        using var error = new StringWriter();
        var exitCode = ErrorReporting.Report(refusal, error);

        Assert.Equal(1, exitCode);
        var printed = Lines(error);
        Assert.Equal(refusal.Status.Detail, printed[0]);
        Assert.Contains("Ledger import", printed[0]);
        var violation = Assert.Single(printed.Skip(1));
        Assert.StartsWith("  row 3, lines[2].line: ", violation);
        Assert.Contains("sum line", violation);
    }

    [Fact]
    public async Task A_bad_period_the_service_refuses_names_the_field()
    {
        using var finance = await InProcessServices.FinanceAsync(servers);
        var client = new FinanceService.FinanceServiceClient(finance.Channel);

        var refusal = await Assert.ThrowsAsync<RpcException>(() =>
            client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = Period.Of(2021, 13) }).ResponseAsync);
        using var error = new StringWriter();
        var exitCode = ErrorReporting.Report(refusal, error);

        Assert.Equal((1, StatusCode.InvalidArgument), (exitCode, refusal.StatusCode));
        Assert.Contains(Lines(error).Skip(1), line => line.StartsWith("  period", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_service_that_does_not_answer_says_how_to_start_the_stack_and_exits_with_2()
    {
        // A loopback port bound but never listening: the connection is refused at once.
        using var closedPort = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        closedPort.Bind(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        using var channel = GrpcChannel.ForAddress($"http://{closedPort.LocalEndPoint}");

        var failure = await Assert.ThrowsAsync<RpcException>(() => new FinanceService.FinanceServiceClient(channel)
            .GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = Period.Of(2021, 10) }).ResponseAsync);
        using var error = new StringWriter();
        var exitCode = ErrorReporting.Report(failure, error);

        Assert.Equal(2, exitCode);
        Assert.Contains("Is the stack running? Start it with `dotnet run --project AppHost`.", error.ToString());
    }

    [Fact]
    public void A_cli_exception_prints_its_sentence_alone()
    {
        using var error = new StringWriter();

        var exitCode = ErrorReporting.Report(new CliException("--period: '2021-13' is not a real month"), error);

        Assert.Equal(1, exitCode);
        Assert.Equal(["--period: '2021-13' is not a real month"], Lines(error));
    }
}
