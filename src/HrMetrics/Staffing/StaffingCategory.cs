namespace Hemit.HrMetrics.Staffing;

/// <summary>The four staffing categories of bemanning.</summary>
public enum StaffingCategory
{
    Permanent,
    Temporary,
    TempAgency,
    Consultant,
}

/// <summary>
/// The categories in the board paper's order, its two groups "Fast og midl ansatte" (permanent + temporary employees)
/// and "Vikarer og konsulenter" (agency temps + consultants), and the code each is stored as.
/// </summary>
public static class StaffingCategories
{
    public static readonly IReadOnlyList<StaffingCategory> All =
        [StaffingCategory.Permanent, StaffingCategory.Temporary, StaffingCategory.TempAgency, StaffingCategory.Consultant];

    public static readonly IReadOnlyList<StaffingCategory> Employed = [StaffingCategory.Permanent, StaffingCategory.Temporary];

    public static readonly IReadOnlyList<StaffingCategory> Contracted = [StaffingCategory.TempAgency, StaffingCategory.Consultant];

    public static string ToText(this StaffingCategory category) => category switch
    {
        StaffingCategory.Permanent => "permanent",
        StaffingCategory.Temporary => "temporary",
        StaffingCategory.TempAgency => "temp_agency",
        StaffingCategory.Consultant => "consultant",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    public static StaffingCategory Parse(string text) =>
        All.Where(c => c.ToText() == text).Select(c => (StaffingCategory?)c).FirstOrDefault()
        ?? throw new ArgumentOutOfRangeException(nameof(text), text, "Unknown staffing category.");
}
