using System.CommandLine;
using Grpc.Core;
using Hemit.Cli.Closing;
using Hemit.Cli.Finance;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.Projects;
using Hemit.Cli.ServiceDesk;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Finance.Ledger;
using Hemit.TestSupport;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hemit.Cli.Tests.Closing;

/// <summary>
/// A closed month is final until it is reopened: <c>hemit finance import ledger</c> into it is refused and names the
/// month; <c>hemit finance reopen-period</c> takes it back, and governance hears that the month's report is no longer final.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class ReopenPeriodTests(PlatformServers servers) : IDisposable
{
    private static readonly Period October2021 = Period.Of(2021, 10);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hemit-cli-reopen-");

    [Fact]
    public async Task An_import_into_a_closed_month_is_refused_until_reopened_and_governance_no_longer_counts_the_month_as_final()
    {
        var messaging = await servers.GetMessagingConnectionStringAsync();
        using var governance = await InProcessServices.GovernanceAsync(servers, messaging);
        await governance.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(60));
        using var finance = await InProcessServices.FinanceAsync(servers, messaging);
        var financeClient = new FinanceService.FinanceServiceClient(finance.Channel);
        var governanceClient = new GovernanceService.GovernanceServiceClient(governance.Channel);
        var file = new FileInfo(Path.Combine(_folder.FullName, "oktober-korrigert.csv"));
        await File.WriteAllTextAsync(file.FullName, "period;line;scenario;amount\r\n2021-10;other_operating_costs;actual;4250000,75\r\n");
        Task<int> Import() => CsvImporter.ImportAsync(file, LedgerFile.Layout, LedgerFile.ToMessage,
            ct => financeClient.ImportLedgerLines(cancellationToken: ct), OutputFormat.Json, CancellationToken.None);

        await financeClient.ClosePeriodAsync(new ClosePeriodRequest { Period = October2021 });
        await Eventually.ReachAsync(() => Readiness(governanceClient), r => r.Sources[0].Closed, "governance has heard finance closed 2021-10");

        var refusal = await Assert.ThrowsAsync<RpcException>(Import);
        using var error = new StringWriter();
        var exitCode = ErrorReporting.Report(refusal, error);
        var printed = error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

        Assert.Equal((StatusCode.FailedPrecondition, 1), (refusal.StatusCode, exitCode));
        Assert.Equal("The import touches closed month(s) 2021-10; nothing written. A closed month is final: reopen it before importing into it.", printed[0]);
        Assert.StartsWith("  periods/2021-10: 2021-10 was closed ", printed[1]);
        Assert.EndsWith("Reopen it first (reopen-period --period 2021-10 --reason \"…\")", printed[1]);
        Assert.Equal("  row 1, lines[0].period: 2021-10 is a closed month; its figures are final", printed[2]);
        Assert.Equal(0, await finance.QueryAsync(db => db.Set<LedgerEntry>().CountAsync()));

        var request = new ReopenPeriodRequest { Period = October2021, Reason = "Sen faktura fra Sykehuspartner", ReopenedBy = "controller" };
        var reopened = ReopenPeriodReport.Build("finance", request, await financeClient.ReopenPeriodAsync(request));
        var reopenedTable = new PrintedTable(PrintedReport.Of(reopened, OutputFormat.Table));

        Assert.Equal(["Økonomi", "oktober 2021", "nei"], reopenedTable.Cells("Økonomi").Take(3));
        Assert.Contains("controller", reopenedTable.Cells("Økonomi"));
        Assert.Contains("Oktober 2021 er gjenåpnet i Økonomi", PrintedReport.Of(reopened, OutputFormat.Table));
        var readiness = await Eventually.ReachAsync(() => Readiness(governanceClient), r => r.Sources[0].ReopenedAt is not null,
            "governance has heard finance reopened 2021-10");
        var financeReadiness = readiness.Sources.Single(s => s.Source == "finance");
        Assert.False(financeReadiness.Closed);
        Assert.Null(financeReadiness.ClosedAt);
        Assert.Equal("Sen faktura fra Sykehuspartner", financeReadiness.ReopenReason);
        Assert.False(readiness.Ready);

        // `hemit governance readiness --period 2021-10` shows when and why finance reopened the month.
        var reopenedAt = financeReadiness.ReopenedAt.ToDateTimeOffset().ToLocalTime().ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var wide = PrintedReport.Of(Hemit.Cli.Governance.ReadinessReport.Build(readiness), OutputFormat.Table, width: 120);
        Assert.Equal(["Økonomi", "nei", reopenedAt, "Sen faktura fra Sykehuspartner"], new PrintedTable(wide).Cells("Økonomi"));
        var narrow = PrintedReport.Of(Hemit.Cli.Governance.ReadinessReport.Build(readiness), OutputFormat.Table, width: 80);
        Assert.All(narrow.ReplaceLineEndings("\n").Split('\n'), line => Assert.True(line.Length <= 80, line));
        Assert.Contains($"Økonomi gjenåpnet oktober 2021 {reopenedAt} («Sen faktura fra Sykehuspartner»); måneden er ikke endelig før den avsluttes igjen.",
            narrow.ReplaceLineEndings(" ").Replace("  ", " ", StringComparison.Ordinal));
        using (var json = System.Text.Json.JsonDocument.Parse(PrintedReport.Of(Hemit.Cli.Governance.ReadinessReport.Build(readiness), OutputFormat.Json)))
        {
            var row = json.RootElement[0].GetProperty("rows")[0];
            Assert.Equal(("finance", "Sen faktura fra Sykehuspartner"), (row.GetProperty("source").GetString(), row.GetProperty("reopen_reason").GetString()));
            Assert.Equal(financeReadiness.ReopenedAt.ToDateTimeOffset(), row.GetProperty("reopened_at").GetDateTimeOffset());
        }

        Assert.Equal(0, await Import());
        Assert.Equal(4_250_000.75m, await finance.QueryAsync(db => db.Set<LedgerEntry>().Select(e => e.Amount).SingleAsync()));
    }

    [Fact]
    public async Task Service_desk_and_projects_reopen_a_closed_month_with_the_same_shared_rpc()
    {
        using var serviceDesk = await InProcessServices.ServiceDeskAsync(servers);
        using var projects = await InProcessServices.ProjectsAsync(servers);
        var serviceDeskClient = new Contracts.ServiceDesk.V1.ServiceDeskService.ServiceDeskServiceClient(serviceDesk.Channel);
        var projectsClient = new Contracts.Projects.V1.ProjectsService.ProjectsServiceClient(projects.Channel);
        var close = new ClosePeriodRequest { Period = October2021 };
        var reopen = new ReopenPeriodRequest { Period = October2021, Reason = "Saker registrert for sent", ReopenedBy = "tjenesteleder" };

        await serviceDeskClient.ClosePeriodAsync(close);
        await projectsClient.ClosePeriodAsync(close);
        ReopenPeriodResponse[] reopened = [await serviceDeskClient.ReopenPeriodAsync(reopen), await projectsClient.ReopenPeriodAsync(reopen)];
        ClosePeriodResponse[] closedAgain = [await serviceDeskClient.ClosePeriodAsync(close), await projectsClient.ClosePeriodAsync(close)];

        Assert.All(reopened, r => Assert.False(r.WasOpen));
        Assert.All(closedAgain, c => Assert.False(c.AlreadyClosed));
        Assert.Single(await serviceDesk.OutboxPayloadsAsync("MonthReopened"));
        Assert.Single(await projects.OutboxPayloadsAsync("MonthReopened"));
    }

    private static Task<GetReportReadinessResponse> Readiness(GovernanceService.GovernanceServiceClient client) =>
        client.GetReportReadinessAsync(new GetReportReadinessRequest { Period = October2021 }).ResponseAsync;

    [Theory]
    [InlineData("finance")]
    [InlineData("hr")]
    [InlineData("servicedesk")]
    [InlineData("projects")]
    public void Every_source_area_has_reopen_period_with_a_required_reason_and_the_user_as_default_author(string area)
    {
        var root = new RootCommand("hemit") { Options = { CommonOptions.Format, CommonOptions.Url } };
        root.Subcommands.Add(FinanceCommands.Create());
        root.Subcommands.Add(HrCommands.Create());
        root.Subcommands.Add(ServiceDeskCommands.Create());
        root.Subcommands.Add(ProjectsCommands.Create());

        var complete = root.Parse([area, "reopen-period", "--period", "2021-10", "--reason", "Korrigert lønn"]);
        var withoutReason = root.Parse([area, "reopen-period", "--period", "2021-10"]);

        Assert.Empty(complete.Errors);
        Assert.Equal("Korrigert lønn", complete.GetValue<string>("--reason"));
        Assert.Equal(Environment.UserName, complete.GetValue<string>("--by"));
        Assert.Contains(withoutReason.Errors, e => e.Message.Contains("--reason", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
