namespace Hemit.Contracts.Events.Projects;

/// <summary>
/// A milestone's due date moved. When it moved later, every project that depends on it (directly, through its
/// project, or through other projects) is at risk; each comes with the chain of ids from the milestone to it.
/// </summary>
/// <param name="ProjectId">The milestone's project; null for an external milestone (Helseplattformen PD1).</param>
public sealed record MilestoneMoved(
    string MilestoneId,
    string Name,
    string? ProjectId,
    DateOnly PreviousDueDate,
    DateOnly DueDate,
    IReadOnlyList<ProjectAtRisk> ProjectsAtRisk) : IntegrationEvent;

/// <summary>A project put at risk, and the chain that links it to what moved (first the milestone, last the project).</summary>
public sealed record ProjectAtRisk(string ProjectId, string Name, IReadOnlyList<string> Chain);
