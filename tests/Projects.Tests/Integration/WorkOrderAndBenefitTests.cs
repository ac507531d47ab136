using System.Text.Json;
using Grpc.Core;
using Hemit.Cli.Projects;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Projects.Tests.Integration;

/// <summary>Work orders of 2021 and the owner's benefits (seed 004) pushed from their files over gRPC to PostgreSQL.</summary>
public sealed class WorkOrderAndBenefitTests(ProjectsHost host) : IClassFixture<ProjectsHost>
{
    private static List<WorkOrder> Orders() => ProjectsHost.Read("work-orders-2021.csv", ProjectsImportFiles.WorkOrders, ProjectsImportFiles.ToWorkOrder);

    [Fact]
    public async Task October_2021s_orders_give_lead_time_on_time_share_open_by_age_and_per_customer_and_overdue_is_announced_once()
    {
        var first = await host.PushAsync(Orders());
        var again = await host.PushAsync(Orders());
        Assert.Equal((13, 0), (first.Accepted, first.Unchanged));
        Assert.Equal((0, 13), (again.Accepted, again.Unchanged));

        var report = await host.Client.GetWorkOrderReportAsync(new GetWorkOrderReportRequest { Period = Period.Of(2021, 10) });
        var october = report.Months[9];
        Assert.Equal((4, 5, 4), (october.Received, october.Delivered, october.DeliveredOnTime));
        // (59 + 34 + 41 + 16 + 28) / 5 days; 4 of 5 on time against the 80 % target.
        Assert.Equal(35.6m, october.AverageLeadTimeDays.ToDecimal());
        Assert.Equal((80m, 80m, FigureStatus.Met), (october.OnTimePercent.ToDecimal(), october.OnTimeTargetPercent.ToDecimal(), october.OnTimeStatus));
        Assert.Equal((1, 50m, FigureStatus.NotMet), (report.Months[8].DeliveredOnTime, report.Months[8].OnTimePercent.ToDecimal(), report.Months[8].OnTimeStatus));
        Assert.Equal((13, 8, 6), (report.YearToDate.Received, report.YearToDate.Delivered, report.YearToDate.DeliveredOnTime));
        Assert.Equal(48.125m, report.YearToDate.AverageLeadTimeDays.ToDecimal());
        Assert.Equal((75m, FigureStatus.NotMet), (report.YearToDate.OnTimePercent.ToDecimal(), report.YearToDate.OnTimeStatus));
        Assert.Equal([("0_30", 2, 0), ("31_90", 1, 0), ("91_180", 1, 1), ("over_180", 1, 1)], report.OpenByAge.Select(b => (b.Band, b.Open, b.Overdue)));

        var moreOgRomsdal = report.ByCustomer.Single(c => c.Customer == "Helse Møre og Romsdal");
        Assert.Equal((1, 1, 0, 1, FigureStatus.NotMet), (moreOgRomsdal.Received, moreOgRomsdal.Delivered, moreOgRomsdal.DeliveredOnTime, moreOgRomsdal.Open, moreOgRomsdal.OnTimeStatus));
        var stOlav = report.ByCustomer.Single(c => c.Customer == "St. Olavs hospital");
        Assert.Equal((1, 2, 2, 1), (stOlav.Received, stOlav.Delivered, stOlav.DeliveredOnTime, stOlav.Open));
        Assert.Equal(6, report.ByCustomer.Count);

        // Delivered late (0250, 0322) or still open past due (0110, 0205, 0290, 0380): each announced once, however often pushed.
        var overdue = (await host.Service.OutboxPayloadsAsync("WorkOrderOverdue"))
            .Select(p => JsonDocument.Parse(p).RootElement.GetProperty("orderId").GetString()!)
            .Where(id => id.StartsWith("OPP-2021-", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(["OPP-2021-0110", "OPP-2021-0205", "OPP-2021-0250", "OPP-2021-0290", "OPP-2021-0322", "OPP-2021-0380"], overdue);
    }

    [Fact]
    public async Task A_work_order_due_before_it_was_received_or_of_an_unknown_category_is_refused_naming_row_and_field()
    {
        var refusal = await GrpcErrors.RefusalOf(() => host.PushAsync([
            new WorkOrder { OrderId = "OPP-2022-0001", Category = WorkOrderCategory.Advisory, Customer = "Helse Nord-Trøndelag", ReceivedDate = "2022-02-10", DueDate = "2022-02-01" },
            new WorkOrder { OrderId = "OPP-2022-0002", Customer = "Helse Nord-Trøndelag", ReceivedDate = "2022-02-10", DueDate = "2022-03-01" },
        ]));

        Assert.Equal(StatusCode.InvalidArgument, refusal.Code);
        Assert.Equal(["work_orders[0].due_date", "work_orders[1].category"], refusal.Violations.Select(v => v.Field));
        Assert.Equal("row 1: 2022-02-01 is before it was received 2022-02-10", refusal.Violations[0].Description);
    }

    [Fact]
    public async Task A_closed_month_refuses_only_changes_to_its_own_figures()
    {
        WorkOrder Order(string delivered = "", WorkOrderCategory category = WorkOrderCategory.Network) => new()
        {
            OrderId = "OPP-2023-0007", Category = category, Customer = "Helse Nord-Trøndelag",
            ReceivedDate = "2023-01-10", DueDate = "2023-02-28", DeliveredDate = delivered,
        };
        await host.PushAsync([Order()]);
        await host.Client.ClosePeriodAsync(new ClosePeriodRequest { Period = Period.Of(2023, 1) });

        // Delivered in February: January's figures stay as closed, so the push is taken.
        var delivered = await host.PushAsync([Order(delivered: "2023-02-05")]);
        // A new category changes January's received orders by category: refused while January is closed.
        var recategorised = await Assert.ThrowsAsync<RpcException>(() => host.PushAsync([Order(delivered: "2023-02-05", category: WorkOrderCategory.Upgrade)]));

        Assert.Equal(1, delivered.Accepted);
        Assert.Equal(StatusCode.FailedPrecondition, recategorised.StatusCode);
        Assert.Contains("2023-01", recategorised.Status.Detail);
    }

    [Fact]
    public async Task Benefits_are_realised_against_expected_per_benefit_and_per_unit_over_the_measured_ones()
    {
        await host.PushSeedAsync();
        var summary = await host.PushAsync(ProjectsHost.Read("benefits-2025.csv", ProjectsImportFiles.Benefits, ProjectsImportFiles.ToBenefit));
        Assert.Equal(4, summary.Accepted);

        var report = await host.Client.GetBenefitsAsync(new GetBenefitsRequest { Year = 2025 });

        var servers = report.Benefits.Single(b => b.BenefitId == "GEV-SDDC-2");
        Assert.Equal(("SDDC – Software defined data center", 106.25m, FigureStatus.Met), (servers.Source, servers.RealisedPercent.ToDecimal(), servers.Status));
        var mobile = report.Benefits.Single(b => b.BenefitId == "GEV-MET-1");
        Assert.Equal((null, FigureStatus.NoTarget), (mobile.Realised, mobile.Status));
        Assert.Equal("Automatisert fakturamatch", report.Benefits.Single(b => b.BenefitId == "GEV-FAKTURA-1").Source);

        var nok = report.Totals.Single(t => t.Unit == BenefitUnit.NokPerYear);
        Assert.Equal((8_500_000m, 4_500_000m, 6_000_000m, 75m, FigureStatus.NotMet),
            (nok.Expected.ToDecimal(), nok.Realised.ToDecimal(), nok.ExpectedOfMeasured.ToDecimal(), nok.RealisedPercent.ToDecimal(), nok.Status));
        var hours = report.Totals.Single(t => t.Unit == BenefitUnit.HoursPerYear);
        Assert.Equal((8_200m, 7_500.5m, 2, 2), (hours.Expected.ToDecimal(), hours.Realised.ToDecimal(), hours.Benefits, hours.Measured));
        Assert.Equal(91.47m, Math.Round(hours.RealisedPercent.ToDecimal(), 2));
    }

    [Fact]
    public async Task A_benefit_of_an_unknown_project_is_refused()
    {
        var refusal = await GrpcErrors.RefusalOf(() => host.PushAsync([
            new Benefit { BenefitId = "GEV-X", ProjectId = "P-FINNES-IKKE", Description = "Lavere kostnader", Unit = BenefitUnit.NokPerYear, Year = 2025, Expected = Contracts.Common.V1.Decimal.FromDecimal(1000m) },
        ]));

        Assert.Equal(("benefits[0].project_id", "row 1: P-FINNES-IKKE is not a known project; push the project first (import projects)"), Assert.Single(refusal.Violations));
    }
}
