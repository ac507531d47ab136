namespace Hemit.Contracts.Events.Governance;

/// <summary>
/// An owner's assignment passed its deadline without being completed. Announced once per assignment, the first time
/// governance sees it overdue.
/// </summary>
/// <param name="Code">The owner's code, e.g. HMN25-133.</param>
/// <param name="Status">not_started or in_progress when the deadline passed.</param>
/// <param name="Role">leads or contributes.</param>
public sealed record AssignmentOverdue(string Code, string Title, DateOnly Deadline, string Status, string Role) : IntegrationEvent;
