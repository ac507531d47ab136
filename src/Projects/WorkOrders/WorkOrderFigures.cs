using Hemit.BuildingBlocks;
using Hemit.Projects.Portfolio;
using Hemit.Projects.Reporting;

namespace Hemit.Projects.WorkOrders;

/// <summary>
/// Orders delivered in a stretch of months: lead time is days from received to delivered added up over the delivered
/// orders, divided by their count; the on-time share is delivered by the due date over delivered (ratios of sums).
/// </summary>
public sealed record WorkOrderDeliveries(int Year, int Month, int Received, int Delivered, int DeliveredOnTime, int LeadTimeDays, decimal? TargetPercent)
{
    public decimal? AverageLeadTimeDays => Delivered == 0 ? null : (decimal)LeadTimeDays / Delivered;

    public decimal? OnTimePercent => PortfolioRules.Percent(DeliveredOnTime, Delivered);

    public FigureStatus OnTimeStatus => TargetPercent is not { } target || OnTimePercent is not { } share
        ? FigureStatus.NoTarget
        : share >= target ? FigureStatus.Met : FigureStatus.NotMet;

    public static WorkOrderDeliveries Of(IReadOnlyCollection<WorkOrderEntry> orders, int year, int month, DateOnly from, DateOnly through, decimal? target)
    {
        bool Within(DateOnly date) => date >= from && date <= through;
        var delivered = orders.Where(o => o.DeliveredDate is { } d && Within(d)).ToList();
        return new WorkOrderDeliveries(year, month,
            orders.Count(o => Within(o.ReceivedDate)),
            delivered.Count,
            delivered.Count(o => o.DeliveredDate <= o.DueDate),
            delivered.Sum(o => o.DeliveredDate!.Value.DayNumber - o.ReceivedDate.DayNumber),
            target);
    }
}

/// <summary>Orders open at a month's end, received within an age band (days up to the month's end).</summary>
public sealed record AgeBand(string Band, int Open, int Overdue);

public sealed record CustomerWorkOrders(string Customer, WorkOrderDeliveries Deliveries, int Open);

public sealed record CategoryWorkOrders(WorkOrderCategory Category, int Received, int Delivered, int Open);

/// <summary>Section 6 "Oppdragsgjennomføring" for a month: the year's months through it, its open orders by age, by customer and category. Pure.</summary>
public sealed record WorkOrderFigures(
    int Year,
    int Month,
    IReadOnlyList<WorkOrderDeliveries> Months,
    WorkOrderDeliveries YearToDate,
    IReadOnlyList<AgeBand> OpenByAge,
    IReadOnlyList<CustomerWorkOrders> ByCustomer,
    IReadOnlyList<CategoryWorkOrders> ByCategory)
{
    /// <summary>Upper bound in days (inclusive) and code of each age band; the last has none.</summary>
    public static readonly IReadOnlyList<(int? UpTo, string Code)> Bands = [(30, "0_30"), (90, "31_90"), (180, "91_180"), (null, "over_180")];

    public static WorkOrderFigures Compute(IReadOnlyCollection<WorkOrderEntry> orders, int year, int month, decimal? onTimeTarget)
    {
        var months = Enumerable.Range(1, month)
            .Select(m => WorkOrderDeliveries.Of(orders, year, m, new DateOnly(year, m, 1), MonthEnd(year, m), onTimeTarget))
            .ToList();
        var (start, end) = (new DateOnly(year, month, 1), MonthEnd(year, month));
        var ytd = WorkOrderDeliveries.Of(orders, year, month, new DateOnly(year, 1, 1), end, onTimeTarget);

        var open = orders.Where(o => o.ReceivedDate <= end && (o.DeliveredDate is null || o.DeliveredDate > end)).ToList();
        var bands = Bands.Select((band, i) =>
        {
            var above = i == 0 ? -1 : Bands[i - 1].UpTo!.Value;
            var inBand = open.Where(o => end.DayNumber - o.ReceivedDate.DayNumber > above
                && (band.UpTo is null || end.DayNumber - o.ReceivedDate.DayNumber <= band.UpTo)).ToList();
            return new AgeBand(band.Code, inBand.Count, inBand.Count(o => o.DueDate < end));
        }).ToList();

        bool Touches(WorkOrderEntry o) => (o.ReceivedDate >= start && o.ReceivedDate <= end) || (o.DeliveredDate >= start && o.DeliveredDate <= end) || open.Contains(o);
        var byCustomer = orders.Where(Touches).GroupBy(o => o.Customer, StringComparer.Ordinal)
            .OrderBy(g => g.Key, NorwegianCollation.Comparer)
            .Select(g => new CustomerWorkOrders(g.Key, WorkOrderDeliveries.Of(g.ToList(), year, month, start, end, onTimeTarget), g.Count(open.Contains)))
            .ToList();
        var byCategory = orders.Where(Touches).GroupBy(o => o.Category).OrderBy(g => g.Key)
            .Select(g =>
            {
                var d = WorkOrderDeliveries.Of(g.ToList(), year, month, start, end, onTimeTarget);
                return new CategoryWorkOrders(g.Key, d.Received, d.Delivered, g.Count(open.Contains));
            })
            .ToList();
        return new WorkOrderFigures(year, month, months, ytd, bands, byCustomer, byCategory);
    }

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
