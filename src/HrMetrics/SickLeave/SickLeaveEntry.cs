using Hemit.HrMetrics.Importing;

namespace Hemit.HrMetrics.SickLeave;

/// <summary>One unit's sick-leave figures for one month (sykefravær per enhet og måned), as the HR system reports them.</summary>
public sealed class SickLeaveEntry : IMonthlyEntry
{
    public int Year { get; set; }

    public int Month { get; set; }

    /// <summary>Pseudonymous unit code.</summary>
    public required string Unit { get; set; }

    /// <summary>Avtalte dagsverk, adjusted for position size.</summary>
    public decimal AgreedWorkDays { get; set; }

    /// <summary>Sykefraværsdagsverk (netto), adjusted for position size and sick-leave grade.</summary>
    public decimal SickLeaveDays { get; set; }

    /// <summary>Egenmeldte dagsverk, part of <see cref="SickLeaveDays"/>; null when the source does not split them.</summary>
    public decimal? SelfCertifiedDays { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
