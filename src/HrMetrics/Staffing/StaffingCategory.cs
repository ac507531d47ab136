namespace Hemit.HrMetrics.Staffing;

/// <summary>
/// The four staffing categories and the two groups the board paper prints: "Fast og midl ansatte"
/// (permanent + temporary employees) and "Vikarer og konsulenter" (agency temps + consultants).
/// </summary>
public static class StaffingCategory
{
    public const string Permanent = "permanent";
    public const string Temporary = "temporary";
    public const string TempAgency = "temp_agency";
    public const string Consultant = "consultant";

    public static readonly IReadOnlyList<string> All = [Permanent, Temporary, TempAgency, Consultant];

    public static readonly IReadOnlyList<string> Employed = [Permanent, Temporary];

    public static readonly IReadOnlyList<string> Contracted = [TempAgency, Consultant];

    /// <summary>Norwegian label for output.</summary>
    public static string NorwegianName(string category) => category switch
    {
        Permanent => "Fast ansatte",
        Temporary => "Midlertidig ansatte",
        TempAgency => "Vikarer (innleie fra vikarbyrå)",
        Consultant => "Konsulenter (innleie)",
        _ => category,
    };

    public static string? Problem(string? category) =>
        category is not null && All.Contains(category)
            ? null
            : $"'{category}' is not a staffing category; use one of {string.Join(", ", All)}";
}
