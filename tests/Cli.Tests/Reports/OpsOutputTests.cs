using Google.Protobuf.WellKnownTypes;
using Hemit.Cli.Ops;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Ops.V1;

namespace Hemit.Cli.Tests.Reports;

/// <summary><c>hemit ops</c> and <c>hemit ops failed</c> as an on-call engineer reads them in an 80-column terminal.</summary>
public sealed class OpsOutputTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 12, 2, 1, 15, 0, TimeSpan.Zero);

    [Fact]
    public void The_overview_shows_each_service_backlog_and_failures_and_a_service_that_does_not_answer()
    {
        var finance = new ServiceMessaging(
            new OutboxBacklog { Service = "finance", Waiting = 12, Failing = 12, LastError = "Broker unreachable", OldestWaiting = Timestamp.FromDateTimeOffset(FailedAt) },
            new ListFailedMessagesResponse { Service = "finance" });
        var governance = new ServiceMessaging(
            new OutboxBacklog { Service = "governance" },
            new ListFailedMessagesResponse { Service = "governance", Queues = { new FailedQueue { Queue = "governance-month-closed-handler", Count = 3, AwaitingRedelivery = 2 } } });
        var report = OpsReports.Overview([
            new("finance", finance, null),
            new("hrmetrics", null, "Unavailable: connection refused"),
            new("governance", governance, null),
        ]);

        var printed = PrintedReport.Of(report, OutputFormat.Table, width: 80);

        Assert.All(printed.Split('\n'), line => Assert.True(line.Length <= 80, $"wider than 80: {line}"));
        var table = new PrintedTable(printed);
        Assert.Equal("12", table.Under("finance", "Venter"));
        Assert.Equal("3", table.Under("governance", "Feilet"));
        Assert.Equal("2", table.Under("governance", "Prøves igjen"));
        Assert.Contains("hrmetrics svarer ikke: Unavailable: connection refused", printed);
    }

    [Fact]
    public void Failed_messages_are_listed_with_type_time_and_reason_and_a_cut_off_queue_says_how_many_there_are()
    {
        var failed = new ListFailedMessagesResponse
        {
            Service = "governance",
            Queues =
            {
                new FailedQueue
                {
                    Queue = "governance-month-closed-handler",
                    Count = 7,
                    Messages =
                    {
                        new FailedMessage
                        {
                            MessageId = "01a2343c-251d-7551-a8c0-760633a37cd0", MessageType = "MonthClosed",
                            Reason = "database \"governance\" is not currently accepting connections",
                            ExceptionType = "Npgsql.PostgresException", FailedAt = Timestamp.FromDateTimeOffset(FailedAt),
                        },
                    },
                },
            },
        };

        var printed = PrintedReport.Of(OpsReports.Failed([new("governance", failed, null)]), OutputFormat.Table, width: 80);

        Assert.All(printed.Split('\n'), line => Assert.True(line.Length <= 80, $"wider than 80: {line}"));
        var table = new PrintedTable(printed);
        Assert.Equal(["1", "governance", "MonthClosed", "02.12.2026 01:15"], table.Cells("1").Take(4));
        // Notes wrap at the terminal's width; read them as one line.
        var notes = System.Text.RegularExpressions.Regex.Replace(printed, @"\s+", " ");
        Assert.Contains("1. database \"governance\" is not currently accepting connections (Npgsql.PostgresException)", notes);
        Assert.Contains("governance-month-closed-handler: 7 feilede meldinger, 1 vist (--limit).", notes);
        var csv = PrintedReport.Of(OpsReports.Failed([new("governance", failed, null)]), OutputFormat.Csv);
        Assert.Contains("01a2343c-251d-7551-a8c0-760633a37cd0", csv);
    }
}
