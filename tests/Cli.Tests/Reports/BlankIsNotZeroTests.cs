using System.Text.Json;
using Hemit.Cli.HrMetrics;
using Hemit.Cli.Output;
using Hemit.Cli.Tests.Support;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.HrMetrics.V1;
using Hemit.HrMetrics.Data;
using Hemit.HrMetrics.Grpc;
using Hemit.ServiceTestHost;
using Hemit.TestSupport;
using Decimal = Hemit.Contracts.Common.V1.Decimal;

namespace Hemit.Cli.Tests.Reports;

/// <summary>A month without data prints as missing, turnover without leavers says "mangler tall", never 0.</summary>
[Collection(ServersCollection.Name)]
public sealed class BlankIsNotZeroTests(PlatformServers servers)
{
    private static Task<ImportSummary> PushAsync<TRequest>(Grpc.Core.AsyncClientStreamingCall<TRequest, ImportSummary> call, IEnumerable<TRequest> rows) =>
        ServiceUnderTest<HrMetricsGrpcService, HrMetricsDbContext>.PushAsync(call, rows);

    private static SickLeaveRecord SickLeave(int month, decimal agreed, decimal sick) => new()
    {
        Period = Period.Of(2021, month), Unit = "U-DRIFT", AgreedWorkDays = Decimal.FromDecimal(agreed), SickLeaveDays = Decimal.FromDecimal(sick),
    };

    [Fact]
    public async Task A_month_without_sick_leave_figures_prints_as_missing_and_is_null_in_json()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        await PushAsync(client.ImportSickLeave(), [SickLeave(1, 1000m, 50m), SickLeave(3, 1000m, 40m)]);

        var response = await client.GetSickLeaveAsync(new GetSickLeaveRequest { Year = 2021 });
        var tables = SickLeaveCommand.Tables(response);
        var printed = PrintedReport.Of(tables, OutputFormat.Table, 120);
        var table = new PrintedTable(printed);

        Assert.Null(response.Months[1].ThisYear);
        Assert.False(response.Months[1].HasUnitsOverThreshold);
        Assert.Equal(["5,0", DisplayFormats.Missing, "4,0"], new[] { "Jan", "Feb", "Mar" }.Select(m => table.Under("2021", m)));
        Assert.Equal("", table.Under("2021", "Apr"));
        Assert.Contains($"{DisplayFormats.Missing} = mangler tall", printed);
        var json = JsonDocument.Parse(PrintedReport.Of(tables, OutputFormat.Json)).RootElement[0].GetProperty("rows")[0];
        Assert.Equal(JsonValueKind.Null, json.GetProperty("m02").ValueKind);
        Assert.Equal(5.0m, json.GetProperty("m01").GetDecimal());
    }

    [Fact]
    public async Task A_month_without_working_time_figures_is_absent_on_the_wire_and_missing_in_the_table()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        await PushAsync(client.ImportWorkingTimeViolations(),
        [
            new WorkingTimeViolationRecord { Period = Period.Of(2025, 1), Unit = "U-DRIFT", Rule = WorkingTimeRule.DailyRest, Count = 4 },
            new WorkingTimeViolationRecord { Period = Period.Of(2025, 3), Unit = "U-DRIFT", Rule = WorkingTimeRule.DailyRest, Count = 0 },
        ]);

        var response = await client.GetWorkingTimeViolationsAsync(new GetWorkingTimeViolationsRequest { Year = 2025 });
        var table = new PrintedTable(PrintedReport.Of(WorkingTimeCommand.Tables(response), OutputFormat.Table, 120));

        Assert.Equal((true, false, true), (response.Months[0].HasThisYear, response.Months[1].HasThisYear, response.Months[2].HasThisYear));
        Assert.False(response.Months[0].HasBaseline);
        Assert.Equal(["4", DisplayFormats.Missing, "0"], new[] { "Jan", "Feb", "Mar" }.Select(m => table.Under("2025", m)));
        Assert.Equal(DisplayFormats.Missing, table.Under("2024", "Jan"));
    }

    [Fact]
    public async Task Turnover_without_starters_and_leavers_says_mangler_tall()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        await PushAsync(client.ImportStaffing(), Enumerable.Range(1, 3).Select(month => new StaffingRecord
        {
            Period = Period.Of(2021, month), Category = StaffingCategory.Permanent, FteMonths = Decimal.FromDecimal(340m), Headcount = 350,
        }));

        var response = await client.GetTurnoverAsync(new GetTurnoverRequest { Year = 2021 });
        var printed = PrintedReport.Of(TurnoverCommand.Tables(response), OutputFormat.Table, 80);
        var table = new PrintedTable(printed);

        Assert.False(response.YearToDate.HasLeavers);
        Assert.Null(response.YearToDate.TurnoverPercent);
        Assert.Equal("mangler tall", table.Under("2021", "Turnover"));
        Assert.DoesNotContain("0,0 %", printed);
    }

    [Fact]
    public async Task A_month_without_staffing_figures_is_a_missing_column_not_zero_and_not_left_out()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);
        await PushAsync(client.ImportStaffing(), new[] { 1, 3 }.SelectMany(month => new[] { StaffingCategory.Permanent, StaffingCategory.Temporary, StaffingCategory.TempAgency, StaffingCategory.Consultant }
            .Select(category => new StaffingRecord { Period = Period.Of(2021, month), Category = category, FteMonths = Decimal.FromDecimal(10m), Headcount = 10 })));

        var tables = StaffingCommand.Tables(await client.GetStaffingAsync(new GetStaffingRequest { Year = 2021 }));
        var headcount = new PrintedTable(PrintedReport.Of(tables[1], OutputFormat.Table, 80));
        var fte = new PrintedTable(PrintedReport.Of(tables[0], OutputFormat.Table, 80));

        Assert.Equal(["40", DisplayFormats.Missing, "40"], new[] { "Jan", "Feb", "Mar" }.Select(m => headcount.Under("Sum bemanning", m)));
        Assert.Equal(["40,0", DisplayFormats.Missing, "40,0"], new[] { "Jan", "Feb", "Mar" }.Select(m => fte.Under("Sum månedsverk", m)));
    }

    [Fact]
    public async Task A_month_without_ledger_actuals_prints_its_actual_as_missing_not_zero()
    {
        using var finance = await InProcessServices.FinanceAsync(servers);
        await SeedLedger.PushAsync(finance);

        var statement = await new Hemit.Contracts.Finance.V1.FinanceService.FinanceServiceClient(finance.Channel)
            .GetIncomeStatementAsync(new Hemit.Contracts.Finance.V1.GetIncomeStatementRequest { Period = Period.Of(2021, 11) });
        var printed = PrintedReport.Of(Hemit.Cli.Finance.IncomeStatementReport.Build(statement), OutputFormat.Table);
        var table = new PrintedTable(printed);

        Assert.Equal(10, statement.ActualsThrough.Month);
        Assert.Equal(DisplayFormats.Missing, table.Under("DRIFTSRESULTAT", "Periode faktisk"));
        Assert.NotEqual(DisplayFormats.Missing, table.Under("DRIFTSRESULTAT", "Periode budsjett"));
        Assert.Contains("Ingen regnskapstall (faktisk) for november 2021 er lagt inn; hittil i år har faktiske tall til og med oktober.", printed);
    }

    [Fact]
    public async Task An_indicator_without_figures_shows_no_value()
    {
        using var hr = await InProcessServices.HrMetricsAsync(servers);
        var client = new HrMetricsService.HrMetricsServiceClient(hr.Channel);

        var response = await client.GetIndicatorsAsync(new GetIndicatorsRequest { Year = 2025 });
        var printed = PrintedReport.Of(IndicatorsCommand.Table(response), OutputFormat.Table, 120);

        Assert.All(response.Indicators, i => Assert.Null(i.Value));
        var row = new PrintedTable(printed).Cells("Arbeidstidsavvik");
        Assert.Equal("mangler tall", row[^1]);
        Assert.DoesNotContain("0", row.Skip(1).Take(row.Count - 2));
    }

    [Fact]
    public void Piped_without_COLUMNS_tables_are_120_wide_and_COLUMNS_is_honoured()
    {
        var before = Environment.GetEnvironmentVariable("COLUMNS");
        try
        {
            Environment.SetEnvironmentVariable("COLUMNS", null);
            Assert.True(Console.IsOutputRedirected);
            Assert.Equal(120, TerminalWidth.Detect());
            Environment.SetEnvironmentVariable("COLUMNS", "80");
            Assert.Equal(80, TerminalWidth.Detect());
        }
        finally
        {
            Environment.SetEnvironmentVariable("COLUMNS", before);
        }
    }
}
