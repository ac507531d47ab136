using Hemit.Projects.Reporting;
using Hemit.Projects.WorkOrders;

namespace Hemit.Projects.Tests.WorkOrders;

/// <summary>Lead time and on-time share where months end: the last day counts in its month, the first of the next does not.</summary>
public sealed class WorkOrderFiguresTests
{
    private static WorkOrderEntry Order(string id, string received, string due, string? delivered, string customer = "St. Olavs hospital") => new()
    {
        OrderId = id, Category = WorkOrderCategory.Network, Customer = customer,
        ReceivedDate = DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture),
        DueDate = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
        DeliveredDate = delivered is null ? null : DateOnly.Parse(delivered, System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void An_order_delivered_on_the_last_day_of_the_month_counts_in_that_month_on_time_when_due_that_day()
    {
        WorkOrderEntry[] orders =
        [
            Order("OPP-1", "2021-10-01", "2021-10-31", "2021-10-31"),
            Order("OPP-2", "2021-10-01", "2021-10-31", "2021-11-01"),
        ];

        var october = WorkOrderFigures.Compute(orders, 2021, 10, onTimeTarget: 80m);
        var november = WorkOrderFigures.Compute(orders, 2021, 11, onTimeTarget: 80m);

        Assert.Equal((2, 1, 1), (october.Months[9].Received, october.Months[9].Delivered, october.Months[9].DeliveredOnTime));
        Assert.Equal(30m, october.Months[9].AverageLeadTimeDays);
        Assert.Equal(100m, october.Months[9].OnTimePercent);
        Assert.Equal(FigureStatus.Met, october.Months[9].OnTimeStatus);
        // Open at 31 October: OPP-2, received 30 days before the month's end, due that day (not yet over).
        Assert.Equal([1, 0, 0, 0], october.OpenByAge.Select(b => b.Open));
        Assert.Equal(0, october.OpenByAge.Sum(b => b.Overdue));

        Assert.Equal((1, 0), (november.Months[10].Delivered, november.Months[10].DeliveredOnTime));
        Assert.Equal(31m, november.Months[10].AverageLeadTimeDays);
        Assert.Equal(0m, november.Months[10].OnTimePercent);
        Assert.Equal(FigureStatus.NotMet, november.Months[10].OnTimeStatus);
        Assert.Equal(0, november.OpenByAge.Sum(b => b.Open));
    }

    [Fact]
    public void The_year_to_date_is_a_ratio_of_sums_not_an_average_of_the_months()
    {
        WorkOrderEntry[] orders =
        [
            // September: one order, 10 days, late.
            Order("OPP-1", "2021-09-01", "2021-09-05", "2021-09-11"),
            // October: three orders of 2, 4 and 6 days, all on time.
            Order("OPP-2", "2021-10-01", "2021-10-10", "2021-10-03"),
            Order("OPP-3", "2021-10-01", "2021-10-10", "2021-10-05"),
            Order("OPP-4", "2021-10-01", "2021-10-10", "2021-10-07"),
        ];

        var figures = WorkOrderFigures.Compute(orders, 2021, 10, onTimeTarget: 80m);

        Assert.Equal(10, figures.Months.Count);
        Assert.Equal((10m, 0m), (figures.Months[8].AverageLeadTimeDays, figures.Months[8].OnTimePercent));
        Assert.Equal((4m, 100m), (figures.Months[9].AverageLeadTimeDays, figures.Months[9].OnTimePercent));
        // (10 + 2 + 4 + 6) / 4 = 5.5 days and 3 of 4 = 75 %, not (10 + 4) / 2 = 7 and (0 + 100) / 2 = 50.
        Assert.Equal(5.5m, figures.YearToDate.AverageLeadTimeDays);
        Assert.Equal(75m, figures.YearToDate.OnTimePercent);
        Assert.Equal(FigureStatus.NotMet, figures.YearToDate.OnTimeStatus);
        Assert.Null(figures.Months[0].OnTimePercent);
        Assert.Equal(FigureStatus.NoTarget, figures.Months[0].OnTimeStatus);
    }

    [Fact]
    public void Open_orders_fall_in_age_bands_counted_to_the_months_end_and_say_which_are_overdue()
    {
        WorkOrderEntry[] orders =
        [
            Order("OPP-A", "2021-10-01", "2021-12-01", null),  // 30 days at 31.10: 0-30
            Order("OPP-B", "2021-09-30", "2021-10-15", null),  // 31 days: 31-90, overdue
            Order("OPP-C", "2021-08-02", "2021-12-01", null),  // 90 days: 31-90
            Order("OPP-D", "2021-08-01", "2021-09-01", null),  // 91 days: 91-180, overdue
            Order("OPP-E", "2021-05-04", "2021-06-01", null),  // 180 days: 91-180, overdue
            Order("OPP-F", "2021-05-03", "2021-06-01", "2021-11-15"),  // 181 days, delivered after the month: over 180, overdue
            Order("OPP-G", "2021-11-01", "2021-11-10", null),  // received after the month: not counted
        ];

        var figures = WorkOrderFigures.Compute(orders, 2021, 10, onTimeTarget: null);

        Assert.Equal(["0_30", "31_90", "91_180", "over_180"], figures.OpenByAge.Select(b => b.Band));
        Assert.Equal([1, 2, 2, 1], figures.OpenByAge.Select(b => b.Open));
        Assert.Equal([0, 1, 2, 1], figures.OpenByAge.Select(b => b.Overdue));
        Assert.Equal(FigureStatus.NoTarget, figures.YearToDate.OnTimeStatus);
    }

    [Fact]
    public void Orders_per_customer_count_what_the_month_received_delivered_and_left_open()
    {
        WorkOrderEntry[] orders =
        [
            Order("OPP-1", "2021-10-04", "2021-10-22", "2021-10-20", "St. Olavs hospital"),
            Order("OPP-2", "2021-06-10", "2021-09-30", null, "St. Olavs hospital"),
            Order("OPP-3", "2021-09-01", "2021-10-01", "2021-10-05", "Helse Møre og Romsdal"),
            Order("OPP-4", "2021-03-01", "2021-04-01", "2021-04-02", "Helse Nord-Trøndelag"),
        ];

        var customers = WorkOrderFigures.Compute(orders, 2021, 10, onTimeTarget: 80m).ByCustomer;

        Assert.Equal(["Helse Møre og Romsdal", "St. Olavs hospital"], customers.Select(c => c.Customer));
        var stOlav = customers[1];
        Assert.Equal((1, 1, 1, 1), (stOlav.Deliveries.Received, stOlav.Deliveries.Delivered, stOlav.Deliveries.DeliveredOnTime, stOlav.Open));
        Assert.Equal(FigureStatus.NotMet, customers[0].Deliveries.OnTimeStatus);
    }
}
