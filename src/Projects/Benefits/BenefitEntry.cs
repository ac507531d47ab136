using Hemit.Projects.Reporting;

namespace Hemit.Projects.Benefits;

/// <summary>Gevinstenhet: NOK per year or hours saved per year (never added together).</summary>
public enum BenefitUnit
{
    NokPerYear,
    HoursPerYear,
}

public static class BenefitCodes
{
    public static readonly Codes<BenefitUnit> Unit = new((BenefitUnit.NokPerYear, "nok_per_year"), (BenefitUnit.HoursPerYear, "hours_per_year"));
}

/// <summary>A benefit (gevinst) of a project or a measure in one year: expected, and realised once measured.</summary>
public sealed class BenefitEntry
{
    public required string BenefitId { get; set; }

    public int Year { get; set; }

    /// <summary>The project it comes from; null for a measure's.</summary>
    public string? ProjectId { get; set; }

    /// <summary>The measure (tiltak) it comes from; null for a project's.</summary>
    public string? Measure { get; set; }

    public required string Description { get; set; }

    public BenefitUnit Unit { get; set; }

    public decimal Expected { get; set; }

    public decimal? Realised { get; set; }
}
