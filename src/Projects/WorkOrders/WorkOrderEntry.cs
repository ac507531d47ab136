using Hemit.Projects.Reporting;

namespace Hemit.Projects.WorkOrders;

/// <summary>Oppdragskategori.</summary>
public enum WorkOrderCategory
{
    NewSolution,
    Upgrade,
    Network,
    EquipmentMove,
    Advisory,
    RiskAnalysis,
}

public static class WorkOrderCodes
{
    public static readonly Codes<WorkOrderCategory> Category = new(
        (WorkOrderCategory.NewSolution, "new_solution"),
        (WorkOrderCategory.Upgrade, "upgrade"),
        (WorkOrderCategory.Network, "network"),
        (WorkOrderCategory.EquipmentMove, "equipment_move"),
        (WorkOrderCategory.Advisory, "advisory"),
        (WorkOrderCategory.RiskAnalysis, "risk_analysis"));
}

/// <summary>A work order (oppdrag) from an authorised orderer in a health trust or another customer.</summary>
public sealed class WorkOrderEntry
{
    public required string OrderId { get; set; }

    public WorkOrderCategory Category { get; set; }

    public required string Customer { get; set; }

    public DateOnly ReceivedDate { get; set; }

    public DateOnly DueDate { get; set; }

    public DateOnly? DeliveredDate { get; set; }

    /// <summary>Past its due date on <paramref name="today"/>: delivered after it, or still open after it.</summary>
    public bool IsOverdue(DateOnly today) => DeliveredDate is { } delivered ? delivered > DueDate : today > DueDate;
}

/// <summary>That an order's <c>WorkOrderOverdue</c> was announced, so it is announced once.</summary>
public sealed class WorkOrderOverdueAnnouncement
{
    public required string OrderId { get; set; }

    public DateTimeOffset AnnouncedAt { get; set; }
}

/// <summary>The on-time target, bound from <c>Projects:WorkOrders</c>; the board paper gives none, so it is configuration.</summary>
public sealed class WorkOrderOptions
{
    public const string Section = "Projects:WorkOrders";

    /// <summary>Share of orders delivered by their due date, in percent; null for no target.</summary>
    public decimal? OnTimeTargetPercent { get; set; } = 80m;
}
