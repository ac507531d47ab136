using System.Text.Json;
using Hemit.Cli.Closing;
using Hemit.Cli.Governance;
using Hemit.Cli.Output;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Contracts.Projects.V1;
using Hemit.Contracts.ServiceDesk.V1;
using Hemit.Cli.Tests.Support;
using Hemit.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Cli.Tests.Closing;

/// <summary><c>hemit governance readiness --period 2021-10</c> against the real governance service.</summary>
[Collection(ServersCollection.Name)]
public sealed class ReadinessOutputTests(PlatformServers servers)
{
    private static readonly Period October2021 = Period.Of(2021, 10);

    private static readonly string[] SourcesInReportOrder = ["finance", "hrmetrics", "servicedesk", "projects"];

    /// <summary>The same sources as the table names them.</summary>
    private static readonly Dictionary<string, string> Printed = new()
    {
        ["finance"] = "Økonomi", ["hrmetrics"] = "HR", ["servicedesk"] = "Brukerstøtte", ["projects"] = "Prosjekter",
    };

    [Fact]
    public async Task Before_any_source_closes_the_table_lists_the_four_sources_in_report_order_and_the_report_waits_for_all()
    {
        using var governance = await InProcessServices.GovernanceAsync(servers);
        var readiness = await new GovernanceService.GovernanceServiceClient(governance.Channel)
            .GetReportReadinessAsync(new GetReportReadinessRequest { Period = October2021 });
        var reports = ReadinessReport.Build(readiness);

        var printed = PrintedReport.Of(reports, OutputFormat.Table);
        var table = new PrintedTable(printed);
        Assert.Equal(SourcesInReportOrder, SourceRowsInPrintedOrder(printed));
        Assert.All(SourcesInReportOrder, source => Assert.Equal([Printed[source], "nei"], table.Cells(Printed[source])));
        Assert.Equal(["oktober 2021", "nei", "Økonomi, HR, Brukerstøtte og Prosjekter"], table.Cells("oktober 2021"));
        Assert.Contains("Statusrapport oktober 2021", printed);

        using var json = JsonDocument.Parse(PrintedReport.Of(reports, OutputFormat.Json));
        var sources = json.RootElement[0].GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(SourcesInReportOrder, sources.Select(s => s.GetProperty("source").GetString()));
        Assert.All(sources, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("closed_at").ValueKind));
        Assert.False(json.RootElement[1].GetProperty("rows")[0].GetProperty("ready").GetBoolean());
    }

    [Fact]
    public async Task Once_every_source_closes_the_month_over_the_broker_the_report_can_be_compiled()
    {
        var messaging = await servers.GetMessagingConnectionStringAsync();
        using var governance = await InProcessServices.GovernanceAsync(servers, messaging);
        // Consumers only receive what is published after their queue is bound.
        await governance.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        using var finance = await InProcessServices.FinanceAsync(servers, messaging);
        using var hr = await InProcessServices.HrMetricsAsync(servers, messaging);
        using var serviceDesk = await InProcessServices.ServiceDeskAsync(servers, messaging);
        using var projects = await InProcessServices.ProjectsAsync(servers, messaging);
        var request = new ClosePeriodRequest { Period = October2021 };

        // What each `hemit <area> close-period --period 2021-10` prints.
        ReportTable[] closings =
        [
            ClosePeriodReport.Build("finance", await new FinanceService.FinanceServiceClient(finance.Channel).ClosePeriodAsync(request)),
            ClosePeriodReport.Build("hrmetrics", await new HrMetricsService.HrMetricsServiceClient(hr.Channel).ClosePeriodAsync(request)),
            ClosePeriodReport.Build("servicedesk", await new ServiceDeskService.ServiceDeskServiceClient(serviceDesk.Channel).ClosePeriodAsync(request)),
            ClosePeriodReport.Build("projects", await new ProjectsService.ProjectsServiceClient(projects.Channel).ClosePeriodAsync(request)),
        ];
        var closedAt = closings.Select(c => new PrintedTable(PrintedReport.Of(c, OutputFormat.Table)))
            .Zip(SourcesInReportOrder, (printed, source) => (Source: source, Cells: printed.Cells(Printed[source])))
            .ToDictionary(c => c.Source, c => c.Cells);
        Assert.All(closedAt.Values, cells => Assert.Equal(["oktober 2021", "nei"], new[] { cells[1], cells[3] }));

        var governanceClient = new GovernanceService.GovernanceServiceClient(governance.Channel);
        var readiness = await Eventually.ReachAsync(
            () => governanceClient.GetReportReadinessAsync(new GetReportReadinessRequest { Period = October2021 }).ResponseAsync,
            r => r.Ready, "governance has heard that all four sources closed 2021-10");
        var printed = PrintedReport.Of(ReadinessReport.Build(readiness), OutputFormat.Table);
        var table = new PrintedTable(printed);

        Assert.Equal(SourcesInReportOrder, SourceRowsInPrintedOrder(printed));
        // Governance reports the very closing time each source printed when it closed.
        Assert.All(SourcesInReportOrder, source => Assert.Equal([Printed[source], "ja", closedAt[source][2]], table.Cells(Printed[source])));
        Assert.Equal(["oktober 2021", "ja"], table.Cells("oktober 2021"));
        Assert.Contains("Alle kilder har avsluttet oktober 2021: statusrapporten kan settes sammen.", printed);
    }

    /// <summary>The sources' rows in the order the table prints them.</summary>
    private static List<string> SourceRowsInPrintedOrder(string printed) =>
        printed.ReplaceLineEndings("\n").Split('\n')
            .Select(line => line.Trim().Split(' ')[0])
            .Where(Printed.ContainsValue)
            .Select(name => Printed.Single(p => p.Value == name).Key)
            .ToList();
}
