namespace Hemit.Contracts.Events.HrMetrics;

/// <summary>
/// Staffing figures (bemanning) for a month were added or changed. Totals are the sums of their categories:
/// employed = permanent + temporary (fast og midl ansatte), contracted = temp agency + consultants (vikarer og konsulenter).
/// </summary>
public sealed record StaffingPeriodUpdated(
    int Year,
    int Month,
    IReadOnlyList<string> ChangedCategories,
    decimal TotalFteMonths,
    decimal EmployedFteMonths,
    decimal ContractedFteMonths,
    int TotalHeadcount,
    int EmployedHeadcount,
    int ContractedHeadcount) : IntegrationEvent;
