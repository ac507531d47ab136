namespace Hemit.HrMetrics.Staffing;

/// <summary>
/// One month's staffing as the board paper prints it. Only the parts are stored; every total is their sum, so a
/// printed total can never disagree with the lines above it (the 2021 paper's September headcount did).
/// </summary>
public sealed record StaffingTotals(
    decimal EmployedFteMonths,
    decimal ContractedFteMonths,
    int EmployedHeadcount,
    int ContractedHeadcount,
    IReadOnlyList<StaffingCategory> MissingCategories)
{
    /// <summary>Sum månedsverk.</summary>
    public decimal TotalFteMonths => EmployedFteMonths + ContractedFteMonths;

    /// <summary>Sum bemanning (antall).</summary>
    public int TotalHeadcount => EmployedHeadcount + ContractedHeadcount;

    public static StaffingTotals Of(IEnumerable<StaffingEntry> monthEntries)
    {
        var entries = monthEntries.ToList();
        var employed = entries.Where(e => StaffingCategories.Employed.Contains(e.Category)).ToList();
        var contracted = entries.Where(e => StaffingCategories.Contracted.Contains(e.Category)).ToList();
        return new StaffingTotals(
            employed.Sum(e => e.FteMonths),
            contracted.Sum(e => e.FteMonths),
            employed.Sum(e => e.Headcount),
            contracted.Sum(e => e.Headcount),
            StaffingCategories.All.Where(c => entries.All(e => e.Category != c)).ToList());
    }
}
