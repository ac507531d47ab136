using System.CommandLine;
using Hemit.Cli.Output;
using Hemit.Contracts.Projects.V1;

namespace Hemit.Cli.Projects;

/// <summary><c>hemit projects work-orders --period YYYY-MM</c>: section 6 "Oppdragsgjennomføring".</summary>
public static class WorkOrdersCommand
{
    public static Command Create() => ProjectsCommands.MonthReport("work-orders",
        "Work orders: lead time and on-time share per month, open orders by age, per customer and category",
        "The report month, YYYY-MM; the monthly lines run from January of its year",
        async (client, month, ct) => Tables(await client.GetWorkOrderReportAsync(new GetWorkOrderReportRequest { Period = month }, cancellationToken: ct)));

    public static IReadOnlyList<ReportTable> Tables(GetWorkOrderReportResponse response)
    {
        var asOf = PortfolioCommand.AsOf(response.Period);
        var months = new ReportTable($"Oppdrag per måned {asOf}", [
            new ReportColumn("period", "Måned", Display: DisplayFormats.Period),
            new ReportColumn("received", "Mottatt", ColumnAlignment.Right),
            new ReportColumn("delivered", "Levert", ColumnAlignment.Right),
            new ReportColumn("delivered_on_time", "Innen frist", ColumnAlignment.Right),
            new ReportColumn("on_time_percent", "Andel innen frist", ColumnAlignment.Right, DisplayFormats.Percent(1)),
            new ReportColumn("average_lead_time_days", "Ledetid (dager)", ColumnAlignment.Right, DisplayFormats.Fixed(1)),
            new ReportColumn("on_time_target_percent", "Mål", ColumnAlignment.Right, DisplayFormats.Percent(0)) { DropOrder = 2 },
            new ReportColumn("on_time_status", "Status", Display: ProjectNames.Status.Name) { DropOrder = 1 },
        ]);
        foreach (var m in response.Months)
        {
            AddDeliveries(months, m.Period.ToText(), m, emphasised: false);
        }

        AddDeliveries(months, "Hiå", response.YearToDate, emphasised: true);
        months.Notes.Add("Ledetid = dager fra mottatt til levert, summert over leverte oppdrag / antall leverte. Hiå = hittil i år.");

        var age = new ReportTable($"Åpne oppdrag etter alder {asOf}", [
            new ReportColumn("band", "Alder", Display: ProjectNames.AgeBand),
            new ReportColumn("open", "Åpne", ColumnAlignment.Right),
            new ReportColumn("overdue", "Over frist", ColumnAlignment.Right),
        ]);
        foreach (var b in response.OpenByAge)
        {
            age.AddRow(b.Band, b.Open, b.Overdue);
        }

        age.AddRow(true, "Totalt", response.OpenByAge.Sum(b => b.Open), response.OpenByAge.Sum(b => b.Overdue));

        var customers = new ReportTable($"Oppdrag per kunde i {DisplayFormats.Period(response.Period.ToText())}", [
            new ReportColumn("customer", "Kunde"),
            new ReportColumn("received", "Mottatt", ColumnAlignment.Right),
            new ReportColumn("delivered", "Levert", ColumnAlignment.Right),
            new ReportColumn("delivered_on_time", "Innen frist", ColumnAlignment.Right) { DropOrder = 2 },
            new ReportColumn("on_time_percent", "Andel innen frist", ColumnAlignment.Right, DisplayFormats.Percent(1)),
            new ReportColumn("on_time_status", "Status", Display: ProjectNames.Status.Name) { DropOrder = 1 },
            new ReportColumn("open", "Åpne ved månedsslutt", ColumnAlignment.Right),
        ]);
        foreach (var c in response.ByCustomer)
        {
            customers.AddRow(c.Customer, c.Received, c.Delivered, c.DeliveredOnTime, c.OnTimePercent?.ToDecimal(), StatusOf(c.OnTimePercent, c.OnTimeStatus), c.Open);
        }

        var categories = new ReportTable($"Oppdrag per kategori i {DisplayFormats.Period(response.Period.ToText())}", [
            new ReportColumn("category", "Kategori", Display: ProjectNames.Category.Name),
            new ReportColumn("received", "Mottatt", ColumnAlignment.Right),
            new ReportColumn("delivered", "Levert", ColumnAlignment.Right),
            new ReportColumn("open", "Åpne ved månedsslutt", ColumnAlignment.Right),
        ]);
        foreach (var c in response.ByCategory)
        {
            categories.AddRow(ProjectNames.Category.Code(c.Category), c.Received, c.Delivered, c.Open);
        }

        return [months, age, customers, categories];
    }

    private static void AddDeliveries(ReportTable table, string label, WorkOrderDeliveries d, bool emphasised) =>
        table.AddRow(emphasised, label, d.Received, d.Delivered, d.DeliveredOnTime, MissingFigure.Or(d.OnTimePercent?.ToDecimal()),
            MissingFigure.Or(d.AverageLeadTimeDays?.ToDecimal()), d.OnTimeTargetPercent?.ToDecimal(), StatusOf(d.OnTimePercent, d.OnTimeStatus));

    /// <summary>No status where nothing was delivered: a month without deliveries neither meets nor misses the target.</summary>
    private static string StatusOf(Contracts.Common.V1.Decimal? share, FigureStatus status) => share is null ? string.Empty : ProjectNames.Status.Code(status);
}
