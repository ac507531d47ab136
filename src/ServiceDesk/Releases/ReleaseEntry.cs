namespace Hemit.ServiceDesk.Releases;

/// <summary>A release of an existing application: its original plan (never moved) and when it was carried out.</summary>
public sealed class ReleaseEntry
{
    public required string ReleaseId { get; set; }

    public required string Service { get; set; }

    public DateOnly PlannedDate { get; set; }

    public DateOnly? ActualDate { get; set; }
}

/// <summary>
/// Section 4.1: releases carried out from 1 January through a month's end, and the share on or before the original
/// plan, computed from the two counts (the seed's "41 of 45 is 93 %" is 91 %).
/// </summary>
public sealed record ReleaseFigures(int Year, int ThroughMonth, int CarriedOut, int OnPlan, IReadOnlyList<ReleaseEntry> Late)
{
    public decimal? OnPlanPercent => CarriedOut == 0 ? null : OnPlan * 100m / CarriedOut;

    public static ReleaseFigures Compute(IEnumerable<ReleaseEntry> releases, int year, int throughMonth)
    {
        var from = new DateOnly(year, 1, 1);
        var through = new DateOnly(year, throughMonth, DateTime.DaysInMonth(year, throughMonth));
        var carriedOut = releases.Where(r => r.ActualDate is { } actual && actual >= from && actual <= through).ToList();
        var late = carriedOut.Where(r => r.ActualDate > r.PlannedDate).OrderBy(r => r.ActualDate).ThenBy(r => r.ReleaseId, StringComparer.Ordinal).ToList();
        return new ReleaseFigures(year, throughMonth, carriedOut.Count, carriedOut.Count - late.Count, late);
    }
}
