namespace Hemit.Contracts.Events.Projects;

/// <summary>
/// A work order (oppdrag) passed its due date: delivered after it, or still open after it when pushed. Announced once
/// per order. Category is its code (new_solution, upgrade, network, equipment_move, advisory, risk_analysis).
/// </summary>
/// <param name="DeliveredDate">Null while the order is still open.</param>
public sealed record WorkOrderOverdue(
    string OrderId,
    string Category,
    string Customer,
    DateOnly ReceivedDate,
    DateOnly DueDate,
    DateOnly? DeliveredDate) : IntegrationEvent;
