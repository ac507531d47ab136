using System.Globalization;
using System.Text.Json;
using Hemit.Cli.Closing;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.TestSupport;

namespace Hemit.Cli.Tests.Closing;

/// <summary><c>hemit finance close-period --period 2021-10</c> against the real finance service, in each format.</summary>
[Collection(ServersCollection.Name)]
public sealed class ClosePeriodOutputTests(PlatformServers servers)
{
    private static readonly Period October2021 = Period.Of(2021, 10);

    /// <summary>The closing time as the table shows it: local time to the minute.</summary>
    private static string AsTableShowsIt(DateTimeOffset moment) => moment.ToLocalTime().ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Closing_october_prints_the_period_its_closing_time_and_that_it_was_not_closed_before_then_that_it_was()
    {
        using var finance = await InProcessServices.FinanceAsync(servers);
        var client = new FinanceService.FinanceServiceClient(finance.Channel);

        var first = await client.ClosePeriodAsync(new ClosePeriodRequest { Period = October2021 });
        var again = await client.ClosePeriodAsync(new ClosePeriodRequest { Period = October2021 });
        var firstPrinted = new PrintedTable(PrintedReport.Of(ClosePeriodReport.Build("finance", first), OutputFormat.Table));
        var againText = PrintedReport.Of(ClosePeriodReport.Build("finance", again), OutputFormat.Table);
        var againPrinted = new PrintedTable(againText);

        var closedAt = AsTableShowsIt(first.ClosedAt.ToDateTimeOffset());
        Assert.Equal(["Økonomi", "oktober 2021", closedAt, "nei"], firstPrinted.Cells("Økonomi"));
        Assert.Equal(["Økonomi", "oktober 2021", closedAt, "ja"], againPrinted.Cells("Økonomi"));
        Assert.Contains("Månedsavslutning: Økonomi oktober 2021", againText);
        Assert.Contains("Oktober 2021 var avsluttet fra før i Økonomi; ingenting er endret, og det første avslutningstidspunktet gjelder.", againText);
        Assert.Contains("Oktober 2021 er nå avsluttet i Økonomi;", PrintedReport.Of(ClosePeriodReport.Build("finance", first), OutputFormat.Table));
        Assert.DoesNotContain("closed", againText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Json_and_csv_carry_the_exact_closing_time_and_a_true_or_false()
    {
        using var finance = await InProcessServices.FinanceAsync(servers);
        var closed = await new FinanceService.FinanceServiceClient(finance.Channel).ClosePeriodAsync(new ClosePeriodRequest { Period = October2021 });
        var report = ClosePeriodReport.Build("finance", closed);
        var closedAt = closed.ClosedAt.ToDateTimeOffset();

        using var json = JsonDocument.Parse(PrintedReport.Of(report, OutputFormat.Json));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single();
        Assert.Equal("finance", row.GetProperty("source").GetString());
        Assert.Equal("2021-10", row.GetProperty("period").GetString());
        Assert.Equal(closedAt, row.GetProperty("closed_at").GetDateTimeOffset());
        Assert.False(row.GetProperty("already_closed").GetBoolean());

        var csv = PrintedReport.Of(report, OutputFormat.Csv).ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("source,period,closed_at,already_closed", csv[0]);
        var cells = csv[1].Split(',');
        Assert.Equal(["finance", "2021-10"], cells[..2]);
        Assert.Equal(closedAt, DateTimeOffset.Parse(cells[2], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));
        Assert.Equal("false", cells[3]);
    }
}
