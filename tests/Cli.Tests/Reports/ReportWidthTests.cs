using System.Text.Json;
using Hemit.Cli.Finance;
using Hemit.Cli.Governance;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Importing;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Finance.V1;
using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.Finance.Data;
using Hemit.Finance.Grpc;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;

namespace Hemit.Cli.Tests.Reports;

/// <summary>
/// Every report command's table from the real services' answers, printed at 80 and 120 columns: no line wider than
/// the terminal, one row per line with its whole label, Norwegian words, and json with æ, ø, å as they are.
/// </summary>
[Collection(ServersCollection.Name)]
public sealed class ReportWidthTests(PlatformServers servers)
{
    public static readonly TheoryData<int> Widths = [80, 120];

    private static List<T> Read<T>(string file, ImportFileLayout layout, Func<CsvRow, T> toMessage)
    {
        var (messages, problems) = CsvImporter.Read(TestFiles.File(file), layout, toMessage);
        Assert.Empty(problems);
        return messages;
    }

    private static Task<ImportSummary> PushAsync<TRequest>(Grpc.Core.AsyncClientStreamingCall<TRequest, ImportSummary> call, IEnumerable<TRequest> rows) =>
        ServiceUnderTest<FinanceGrpcService, FinanceDbContext>.PushAsync(call, rows);

    /// <summary>Every finance report the CLI prints, from one finance service with the seed's files pushed.</summary>
    private async Task<IReadOnlyList<ReportTable>> FinanceReportsAsync()
    {
        using var finance = await InProcessServices.FinanceAsync(servers);
        var client = new FinanceService.FinanceServiceClient(finance.Channel);
        await SeedLedger.PushAsync(finance);
        await PushAsync(client.ImportCategoryBudgets(), Read("category-budgets-2022.csv", BudgetFiles.CategoryLayout, BudgetFiles.ToCategoryBudget));
        await PushAsync(client.ImportServiceAreaBudgets(), Read("service-area-budgets-2022.csv", BudgetFiles.ServiceAreaLayout, BudgetFiles.ToServiceAreaBudget));
        await PushAsync(client.ImportServiceAreaBudgetAdjustments(),
            Read("service-area-budget-adjustments-2022.csv", BudgetFiles.AdjustmentLayout, BudgetFiles.ToAdjustment));
        await PushAsync(client.ImportInvestments(), Read("investments-2022.csv", InvestmentFile.Layout, InvestmentFile.ToMessage));
        await PushAsync(client.ImportCostMeasures(), Read("cost-measures-2021.csv", CostMeasureFile.Layout, CostMeasureFile.ToMessage));
        return
        [
            IncomeStatementReport.Build(await client.GetIncomeStatementAsync(new GetIncomeStatementRequest { Period = SeedLedger.October2021 })),
            BudgetReports.Categories(await client.GetCategoryBudgetAsync(new GetCategoryBudgetRequest { BudgetYear = 2022 })),
            BudgetReports.ServiceAreas(await client.ApplyEfficiencyCutAsync(new ApplyEfficiencyCutRequest { BudgetYear = 2022, CutBasisPoints = 150 })),
            PortfolioReports.Investments(await client.GetInvestmentPortfolioAsync(new GetInvestmentPortfolioRequest { Year = 2022 })),
            PortfolioReports.CostMeasures(await client.GetCostMeasuresAsync(new GetCostMeasuresRequest { Year = 2021 })),
        ];
    }

    /// <summary>Every HR report the CLI prints, and governance's readiness, from real services.</summary>
    private async Task<IReadOnlyList<ReportTable>> HrAndGovernanceReportsAsync()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        using var governance = await InProcessServices.GovernanceAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        await PushAsync(client.ImportSickLeave(), Read(TestFiles.SeedSickLeave, HrImportFiles.SickLeave, HrImportFiles.ToSickLeave));
        await PushAsync(client.ImportStaffing(), Read("staffing-2021.csv", HrImportFiles.Staffing, HrImportFiles.ToStaffing));
        await PushAsync(client.ImportWorkingTimeViolations(),
            Read("working-time-violations-2024-2025.csv", HrImportFiles.WorkingTimeViolations, HrImportFiles.ToWorkingTimeViolation));
        var readiness = await new GovernanceService.GovernanceServiceClient(governance.Channel)
            .GetReportReadinessAsync(new GetReportReadinessRequest { Period = Period.Of(2021, 10) });
        return
        [
            .. SickLeaveCommand.Tables(await client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 })),
            .. WorkingTimeCommand.Tables(await client.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest { Year = 2025 })),
            .. StaffingCommand.Tables(await client.GetStaffingAsync(new GetStaffingRequest { Year = 2021 })),
            .. TurnoverCommand.Tables(await client.GetTurnoverAsync(new GetTurnoverRequest { Year = 2021 })),
            IndicatorsCommand.Table(await client.GetIndicatorsAsync(new GetIndicatorsRequest { Year = 2025 })),
            .. ReadinessReport.Build(readiness),
        ];
    }

    /// <summary>No line is wider than the terminal, and every row's label stands whole on one line.</summary>
    private static void AssertFits(ReportTable report, int width)
    {
        var printed = PrintedReport.Of(report, OutputFormat.Table, width);
        var lines = printed.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= width, $"{line.Length} > {width} columns: '{line}' in\n{printed}"));
        var label = report.Columns.Select((column, index) => (column, index)).First(c => c.column.InTable && !c.column.IsCode).index;
        foreach (var row in report.Rows)
        {
            var text = report.Columns[label].Format(row[label]);
            Assert.True(lines.Any(line => line.TrimStart().StartsWith(text, StringComparison.Ordinal)), $"No line starts with the whole label '{text}' in\n{printed}");
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_finance_report_fits_the_terminal_with_whole_labels(int width)
    {
        var reports = await FinanceReportsAsync();

        Assert.All(reports, report => AssertFits(report, width));
        var income = PrintedReport.Of(reports[0], OutputFormat.Table, width);
        Assert.Contains("\nSUM DRIFTSINNTEKTER ", income);
        Assert.Contains("\nOffentlige tilskudd og refusjoner vedr arbeidskraft ", income);
        Assert.DoesNotContain("earmarked_grants", income);
        Assert.Contains("\nVirksomhetsstøtte og administrative tjenester ", PrintedReport.Of(reports[2], OutputFormat.Table, width));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task Every_hr_and_governance_report_fits_the_terminal_with_whole_labels(int width)
    {
        var reports = await HrAndGovernanceReportsAsync();

        Assert.All(reports, report => AssertFits(report, width));
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void The_status_table_fits_the_terminal(int width)
    {
        var advertised = new Hemit.Contracts.Advertising.AdvertisedEndpoints
        {
            AppHostPid = 4242,
            StartedAt = DateTimeOffset.UtcNow,
            Resources = new[] { "dashboard", "postgres", "messaging", "finance", "hrmetrics", "servicedesk", "projects", "governance" }
                .Select((name, i) => new Hemit.Contracts.Advertising.AdvertisedResource(name, i < 3 ? "Executable" : "Project", "Running", "Healthy",
                    new Dictionary<string, string> { ["grpc"] = $"http://127.0.0.1:{41000 + i}", ["http"] = $"http://127.0.0.1:{42000 + i}" }))
                .ToList(),
        };

        var report = Hemit.Cli.Status.StatusReport.Build(advertised, advertised.Resources.Select(_ => "Serving").ToList());

        AssertFits(report, width);
        Assert.Contains("Tilstand", PrintedReport.Of(report, OutputFormat.Table, width));
    }

    [Fact]
    public async Task At_80_columns_the_income_statement_keeps_the_month_and_says_which_columns_it_left_out()
    {
        var income = (await FinanceReportsAsync())[0];

        var printed = PrintedReport.Of(income, OutputFormat.Table, 80);
        var wide = PrintedReport.Of(income, OutputFormat.Table, 120);

        var row = new PrintedTable(printed).Cells("DRIFTSRESULTAT");
        Assert.Equal("(3 401)", row[1]);
        Assert.Contains("Utelatt ved 80 tegns bredde:", printed);
        Assert.Contains("Indeks prognose", printed);
        Assert.True(new PrintedTable(wide).Cells("DRIFTSRESULTAT").Count > row.Count);
        // csv keeps every column and the codes whatever the width.
        Assert.StartsWith("line,name,period_actual", PrintedReport.Of(income, OutputFormat.Csv, 80));
    }

    [Fact]
    public async Task The_tables_speak_norwegian_and_json_writes_o_with_stroke_as_itself()
    {
        var finance = await FinanceReportsAsync();
        var hr = await HrAndGovernanceReportsAsync();

        var investments = PrintedReport.Of(finance[3], OutputFormat.Table, 120);
        Assert.Contains(" ja", investments);
        Assert.Contains(" nei", investments);
        var all = string.Join("\n", hr.Select(r => PrintedReport.Of(r, OutputFormat.Table, 120)));
        Assert.Contains("over målet", all);
        Assert.Contains("Daglig arbeidsfri (hviletid)", all);
        Assert.Contains("Utkalling på vakt", all);
        Assert.DoesNotContain("daily_rest", all);
        Assert.DoesNotContain("on_call_callout", all);
        Assert.DoesNotContain(" yes", all);
        Assert.DoesNotContain(" no ", all);
        Assert.DoesNotContain("target", all);
        Assert.Contains("nei", PrintedReport.Of(hr[^2], OutputFormat.Table, 120));

        var json = PrintedReport.Of(finance[2], OutputFormat.Json);
        Assert.Contains("Klinisk støtte", json);
        Assert.DoesNotContain("\\u00F8", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Klinisk støtte", JsonDocument.Parse(json).RootElement.GetProperty("rows")[2].GetProperty("name").GetString());
        // The rule's code stays in json for machines.
        Assert.Contains("\"rule\": \"daily_rest\"", PrintedReport.Of(hr.Single(r => r.Title == "Per regel"), OutputFormat.Json));
    }

    [Fact]
    public async Task The_service_area_table_shows_each_step_of_the_cut_and_its_reasons()
    {
        var serviceAreas = (await FinanceReportsAsync())[2];

        // Wide enough for every step's column under a one-line header (at 80 and 120 the earlier years are left out).
        var printed = PrintedReport.Of(serviceAreas, OutputFormat.Table, 200);
        var table = new PrintedTable(printed);

        Assert.Equal("899 509", table.Under("Sum kostnader tjenesteområdet", "Budsjett 2022"));
        Assert.Equal("909 552", table.Under("Sum kostnader tjenesteområdet", "Opprinnelig forslag"));
        Assert.Equal("13 643", table.Under("Sum kostnader tjenesteområdet", "Flatt kutt 1,5 %"));
        Assert.Equal("1 500", table.Under("Logistikk og økonomi", "Justering"));
        Assert.Equal("74 667", table.Under("Logistikk og økonomi", "Budsjett 2022"));
        Assert.Equal("2 100", table.Under("Pasientbehandling", "Justering"));
        Assert.Contains("samlet innsparing 13,6 mill kr.", printed);
        Assert.Contains("Justering etter kuttet, Logistikk og økonomi: +1,5 mill kr, Økning anbefalt av lederforum LØ.", printed);
        Assert.Contains("Justering etter kuttet, Pasientbehandling: +2,1 mill kr, Prehospitale tjenester: nasjonalt prosjekt Ny AMK.", printed);
    }

    [Fact]
    public async Task The_investment_total_names_how_many_items_its_forecast_covers()
    {
        var printed = PrintedReport.Of((await FinanceReportsAsync())[3], OutputFormat.Table, 120);

        Assert.Contains("232 062 (1 av 11)", printed);
        Assert.Contains("Totalsum programområder", printed);
    }
}
