using Grpc.Core;
using Hemit.BuildingBlocks.Importing;
using Hemit.BuildingBlocks.Outbox;
using Hemit.Contracts.Common.V1;
using Hemit.Contracts.Events.Projects;
using Hemit.Projects.Data;
using Hemit.Projects.Importing;
using Hemit.Projects.Portfolio;
using Microsoft.EntityFrameworkCore;
using Wire = Hemit.Contracts.Projects.V1;

namespace Hemit.Projects.WorkOrders;

/// <summary>
/// Ingest of work orders: each row checked (a known category, a customer, received ≤ due, delivered not before
/// received), written idempotently on the order id, and every order past its due date (delivered late, or still open
/// after it today, Oslo time) announced once (<see cref="WorkOrderOverdue"/>). Months of delivery that are closed refuse the batch.
/// </summary>
public sealed class WorkOrderImporter(ProjectsDbContext db, IOutbox outbox, TimeProvider clock)
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    public static readonly BatchRules<Wire.WorkOrder, WorkOrderEntry, string> Batch =
        new("Work order import", "work_orders", Validate, o => o.OrderId, o => ("order_id", $"order {o.OrderId}"));

    public static WorkOrderEntry? Validate(Wire.WorkOrder message, long row, RowRejections rejections)
    {
        var ok = IdRule.Check(rejections, row, "order_id", message.OrderId, "work order", "OPP-2021-0412");
        var category = ProjectRowValidator.Code(WorkOrderCodes.Category, (int)message.Category, row, "category", rejections, ref ok);
        ok &= rejections.CheckName(row, "customer", message.Customer, "customer", "St. Olavs hospital");
        var received = DateRules.Read(message.ReceivedDate, row, "received_date", required: true, rejections, ref ok);
        var due = DateRules.Read(message.DueDate, row, "due_date", required: true, rejections, ref ok);
        var delivered = DateRules.Read(message.DeliveredDate, row, "delivered_date", required: false, rejections, ref ok);
        if (received is not null && due < received)
        {
            ok = rejections.Check(row, "due_date", $"{message.DueDate} is before it was received {message.ReceivedDate}");
        }

        if (received is not null && delivered < received)
        {
            ok = rejections.Check(row, "delivered_date", $"{message.DeliveredDate} is before it was received {message.ReceivedDate}");
        }

        return ok
            ? new WorkOrderEntry
            {
                OrderId = message.OrderId, Category = category!.Value, Customer = message.Customer,
                ReceivedDate = received!.Value, DueDate = due!.Value, DeliveredDate = delivered,
            }
            : null;
    }

    public async Task<ImportSummary> ImportAsync(IAsyncStreamReader<Wire.WorkOrder> stream, CancellationToken cancellationToken)
    {
        var orders = await Batch.ReadAsync(stream, cancellationToken);
        var ids = orders.Select(o => o.OrderId).ToList();
        var stored = await db.WorkOrders.AsNoTracking().Where(o => ids.Contains(o.OrderId)).ToDictionaryAsync(o => o.OrderId, StringComparer.Ordinal, cancellationToken);
        var months = orders.SelectMany((o, index) => MonthsChanged(stored.GetValueOrDefault(o.OrderId), o)
            .Select(m => Batch.MonthOf(index + 1, m.Field, m.Year, m.Month))).Distinct().ToList();
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Oslo).DateTime);
        return await ImportTransaction.RunAsync(db, months, async (import, ct) =>
        {
            await import.UpsertAndCountAsync(orders, ct);
            var overdue = orders.Where(o => o.IsOverdue(today)).ToList();
            var overdueIds = overdue.Select(o => o.OrderId).ToList();
            var announced = (await db.WorkOrderOverdueAnnouncements.AsNoTracking().Where(a => overdueIds.Contains(a.OrderId)).Select(a => a.OrderId).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var order in overdue.Where(o => !announced.Contains(o.OrderId)).OrderBy(o => o.DueDate).ThenBy(o => o.OrderId, StringComparer.Ordinal))
            {
                db.WorkOrderOverdueAnnouncements.Add(new WorkOrderOverdueAnnouncement { OrderId = order.OrderId, AnnouncedAt = now });
                outbox.Add(new WorkOrderOverdue(order.OrderId, WorkOrderCodes.Category.Code(order.Category), order.Customer,
                    order.ReceivedDate, order.DueDate, order.DeliveredDate));
            }
        }, cancellationToken);
    }

    /// <summary>
    /// The months whose figures a pushed order changes (a closed one refuses the batch): none when it is as stored; only
    /// the delivery months when only the delivery changed (an October order delivered in November leaves October be);
    /// otherwise every month it was or is received or delivered in.
    /// </summary>
    /// <remarks>Each month comes with the pushed field that moves figures into or out of it, for the refusal.</remarks>
    private static IEnumerable<(int Year, int Month, string Field)> MonthsChanged(WorkOrderEntry? stored, WorkOrderEntry pushed)
    {
        const string Received = "received_date", Delivered = "delivered_date";
        (DateOnly? Date, string Field)[] dates = stored is null ? [(pushed.ReceivedDate, Received), (pushed.DeliveredDate, Delivered)]
            : (stored.Category, stored.Customer, stored.ReceivedDate, stored.DueDate) != (pushed.Category, pushed.Customer, pushed.ReceivedDate, pushed.DueDate)
                ? [(stored.ReceivedDate, Received), (stored.DeliveredDate, Delivered), (pushed.ReceivedDate, Received), (pushed.DeliveredDate, Delivered)]
            : stored.DeliveredDate != pushed.DeliveredDate ? [(stored.DeliveredDate, Delivered), (pushed.DeliveredDate, Delivered)]
            : [];
        return dates.Where(d => d.Date is not null).Select(d => (d.Date!.Value.Year, d.Date.Value.Month, d.Field));
    }
}
